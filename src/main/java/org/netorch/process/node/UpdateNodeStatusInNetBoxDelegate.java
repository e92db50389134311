package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Device;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_updateNodeStatusInNetBox: the router now runs its configuration, so NetBox shows it active. */
@Component
class UpdateNodeStatusInNetBoxDelegate implements NetBoxStep {

    static final String ACTIVE = "active";

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    UpdateNodeStatusInNetBoxDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        Subscription subscription = subscriptions.get(own.get(execution));
        NodeBlock node = subscription.block(NodeBlock.class).orElseThrow();
        Device device = netBox.device(node.nodeId());
        // an earlier try may have set it before its answer was lost: then there is nothing to write
        if (!device.hasStatus(ACTIVE)) {
            netBox.updateDeviceStatus(device.id(), ACTIVE);
        }
        subscription.update(node.withNodeStatus(ACTIVE), audit.of(execution));
    }
}
