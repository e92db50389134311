package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Interface;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_restorePortDescriptionA/B: empties the NetBox description of the port of the end named by the input
 * parameter {@code side} when it is the one this circuit gives it (or carries its marker). Any other text is someone
 * else's and stays; what a port said before the circuit is not recorded, so "restored" means empty.
 */
@Component
class RestorePortDescriptionDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final OwnSubscription own;

    RestorePortDescriptionDelegate(NetBoxClient netBox, SubscriptionService subscriptions, OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        Subscription subscription = subscriptions.get(own.get(execution));
        CircuitEndpoint end = subscription.block(CircuitBlock.class).orElseThrow()
                .endpoint(TerminateCircuitVariables.side(execution));
        if (end.portId() == null) {
            return;
        }
        Interface port;
        try {
            port = netBox.iface(end.portId());
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return; // the port itself is gone: nothing carries our description any more
            }
            throw e;
        }
        // an earlier try may have emptied it before its answer was lost: then it is no longer ours to change
        boolean ours = !port.description().isEmpty() && (port.description().equals(end.portDescription())
                || SubscriptionMarker.carries(port.description(), subscription.id()));
        if (ours) {
            netBox.updateInterfaceDescription(port.id(), "");
        }
    }
}
