package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Device;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.WorkflowProperties;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_constructNodeModel: creates the INITIAL Node subscription for {@code device_id}, whose id becomes the
 * business key and {@code subscription_id}. When another subscription holds the device, ends at "device already
 * enrolled"; two concurrent starts both pass the check, the database's unique claim lets one insert win, and the
 * loser's retry then finds the winner here.
 */
@Component
class ConstructNodeModelDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final WorkflowProperties workflows;
    private final ProcessAudit audit;

    ConstructNodeModelDelegate(NetBoxClient netBox, SubscriptionService subscriptions, WorkflowProperties workflows,
            ProcessAudit audit) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.workflows = workflows;
        this.audit = audit;
    }

    @Override
    public void run(DelegateExecution execution) {
        long deviceId = CreateNodeVariables.DEVICE_ID.get(execution);
        subscriptions.nodeHoldingDevice(deviceId).ifPresent(holder -> {
            throw new BpmnError(CreateNodeProcess.ERROR_DEVICE_ALREADY_ENROLLED,
                    "NetBox device " + deviceId + " is already enrolled as subscription " + holder.id());
        });
        Device device = netBox.device(deviceId);
        Subscription subscription = subscriptions.createNode(
                ProcessVariables.customerId(execution).orElse(workflows.defaultCustomerId()),
                device.id(), device.name(), device.status().value(), audit.of(execution));
        execution.setProcessBusinessKey(subscription.id().toString());
        ProcessVariables.setSubscriptionId(execution, subscription.id());
        CreateNodeVariables.NODE_NAME.set(execution, device.name());
    }
}
