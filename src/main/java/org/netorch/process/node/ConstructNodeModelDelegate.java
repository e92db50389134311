package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Device;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.Refusal;
import org.netorch.process.shared.WorkflowProperties;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_constructNodeModel: creates the INITIAL Node subscription for {@code device_id} and takes it as the
 * workflow's own. The device must still pass the rule the choice passed (planned in NetBox, held by no subscription),
 * else the process ends at "choice refused" with the reason. Two concurrent starts may both pass the rule: the
 * database's unique claim lets one insert win, and the loser's retry is then refused here.
 */
@Component
class ConstructNodeModelDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final NodeCandidates candidates;
    private final WorkflowProperties workflows;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    ConstructNodeModelDelegate(NetBoxClient netBox, SubscriptionService subscriptions, NodeCandidates candidates,
            WorkflowProperties workflows, ProcessAudit audit, OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.candidates = candidates;
        this.workflows = workflows;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        long deviceId = CreateNodeVariables.DEVICE_ID.get(execution);
        Device device = device(deviceId);
        candidates.refusal(device).ifPresent(refusal -> {
            throw refusal.ofConstructStep(CreateNodeProcess.DEVICE_ID);
        });
        Subscription subscription = subscriptions.createNode(
                ProcessVariables.customerId(execution).orElse(workflows.defaultCustomerId()),
                device.id(), device.name(), device.status().value(), audit.of(execution));
        own.take(execution, subscription.id());
        CreateNodeVariables.NODE_NAME.set(execution, device.name());
    }

    private Device device(long deviceId) {
        try {
            return netBox.device(deviceId);
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                throw Refusal.invalid("NetBox has no device " + deviceId).ofConstructStep(CreateNodeProcess.DEVICE_ID);
            }
            throw e;
        }
    }
}
