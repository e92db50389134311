package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_deleteCable: deletes the circuit's cable from NetBox, which frees both ports there. */
@Component
class DeleteCableDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final CircuitObjectsInNetBox objects;
    private final OwnSubscription own;

    DeleteCableDelegate(NetBoxClient netBox, SubscriptionService subscriptions, CircuitObjectsInNetBox objects,
            OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.objects = objects;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        CircuitBlock circuit = subscriptions.get(subscriptionId).block(CircuitBlock.class).orElseThrow();
        // what an earlier try deleted is no longer found, so a retry deletes nothing twice
        objects.cables(subscriptionId, circuit, execution).forEach(netBox::deleteCable);
    }
}
