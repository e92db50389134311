package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Side;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_deleteEndpointAddressA/B: deletes the NetBox IP address of the end named by the input parameter
 * {@code side} (see {@link CircuitObjectsInNetBox#addresses} for what each side covers).
 */
@Component
class DeleteEndpointAddressDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final CircuitObjectsInNetBox objects;
    private final OwnSubscription own;

    DeleteEndpointAddressDelegate(NetBoxClient netBox, SubscriptionService subscriptions,
            CircuitObjectsInNetBox objects,
            OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.objects = objects;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        Side side = TerminateCircuitVariables.side(execution);
        CircuitBlock circuit = subscriptions.get(subscriptionId).block(CircuitBlock.class).orElseThrow();
        // what an earlier try deleted is no longer found, so a retry deletes nothing twice
        objects.addresses(subscriptionId, circuit, side, execution).forEach(netBox::deleteIpAddress);
    }
}
