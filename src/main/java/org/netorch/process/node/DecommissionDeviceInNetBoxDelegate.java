package org.netorch.process.node;

import java.util.Optional;

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

/**
 * serviceTask_decommissionDeviceInNetBox: the router leaves service, so NetBox shows it {@code decommissioning}. An
 * orphan that never went ACTIVE and whose device is still {@code planned} was never taken into service: its device is
 * left planned, ready to be enrolled again. A device NetBox no longer has needs nothing.
 */
@Component
class DecommissionDeviceInNetBoxDelegate implements NetBoxStep {

    static final String DECOMMISSIONING = "decommissioning";
    static final String PLANNED = "planned";

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    DecommissionDeviceInNetBoxDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
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
        Optional<Device> found = netBox.findDevice(node.nodeId());
        if (found.isEmpty()) {
            return;
        }
        Device device = found.get();
        if (!subscription.wasActive() && device.hasStatus(PLANNED)) {
            return;
        }
        // an earlier try may have set it before its answer was lost: then there is nothing to write
        if (!device.hasStatus(DECOMMISSIONING)) {
            netBox.updateDeviceStatus(device.id(), DECOMMISSIONING);
        }
        subscription.update(node.withNodeStatus(DECOMMISSIONING), audit.of(execution));
    }
}
