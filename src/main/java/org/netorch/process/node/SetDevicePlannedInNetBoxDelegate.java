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
 * serviceTask_setDevicePlannedInNetBox, on create_node's abort path: the device is {@code planned} again and can be
 * enrolled anew. No compensation handler does this: once serviceTask_updateNodeStatusInNetBox completes, create_node
 * runs to its end in the same transaction, so an abort only ever meets that step unfinished, perhaps after its PATCH
 * landed. Only {@code active} is undone; a device in another status, or one NetBox no longer has, is left alone.
 */
@Component
class SetDevicePlannedInNetBoxDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    SetDevicePlannedInNetBoxDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        // aborted before the node model was built: the workflow never wrote to NetBox
        Optional<Subscription> subscription = own.find(execution).map(subscriptions::get);
        Optional<NodeBlock> block = subscription.flatMap(found -> found.block(NodeBlock.class));
        if (block.isEmpty()) {
            return;
        }
        NodeBlock node = block.get();
        Optional<Device> found = netBox.findDevice(node.nodeId());
        if (found.isEmpty()) {
            return;
        }
        Device device = found.get();
        boolean wasActive = device.hasStatus(UpdateNodeStatusInNetBoxDelegate.ACTIVE);
        if (wasActive) {
            netBox.updateDeviceStatus(device.id(), DecommissionDeviceInNetBoxDelegate.PLANNED);
        }
        // planned already: never set active, or an earlier try wrote planned before its answer was lost
        if (wasActive || device.hasStatus(DecommissionDeviceInNetBoxDelegate.PLANNED)) {
            subscription.get().update(node.withNodeStatus(DecommissionDeviceInNetBoxDelegate.PLANNED),
                    audit.of(execution));
        }
    }
}
