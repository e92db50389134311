package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Device;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.WorkflowProperties;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionRepository;
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
    private final SubscriptionService subscriptionService;
    private final SubscriptionRepository subscriptions;
    private final WorkflowProperties workflows;
    private final ProcessAudit audit;

    ConstructNodeModelDelegate(NetBoxClient netBox, SubscriptionService subscriptionService,
            SubscriptionRepository subscriptions, WorkflowProperties workflows, ProcessAudit audit) {
        this.netBox = netBox;
        this.subscriptionService = subscriptionService;
        this.subscriptions = subscriptions;
        this.workflows = workflows;
        this.audit = audit;
    }

    @Override
    public void run(DelegateExecution execution) {
        long deviceId = ProcessVariables.id(execution, CreateNodeProcess.DEVICE_ID);
        subscriptions.findNodeByDeviceId(deviceId).ifPresent(holder -> {
            throw new BpmnError(CreateNodeProcess.ERROR_DEVICE_ALREADY_ENROLLED,
                    "NetBox device " + deviceId + " is already enrolled as subscription " + holder.id());
        });
        Device device = netBox.device(deviceId);
        String customerId = ProcessVariables.text(execution, ProcessVariables.CUSTOMER_ID);
        AuditContext who = audit.of(execution);
        Subscription subscription = subscriptionService.create(Product.NODE,
                customerId == null ? workflows.defaultCustomerId() : customerId, "Node " + device.name(), who);
        subscription.attachNode(device.id(), device.name(), device.status().value(), who);
        // surfaces a lost race on the device's unique claim now, as this job's failure, not at commit
        subscriptions.flush();
        execution.setProcessBusinessKey(subscription.id().toString());
        execution.setVariable(ProcessVariables.SUBSCRIPTION_ID, subscription.id().toString());
        execution.setVariable(CreateNodeProcess.NODE_NAME, device.name());
    }
}
