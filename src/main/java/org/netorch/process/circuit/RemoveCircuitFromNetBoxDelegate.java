package org.netorch.process.circuit;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.WritesInDoubt;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Side;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_removeCircuitFromNetBox: the abort path's last look at NetBox, after compensation undid every step that
 * completed. A step whose write landed before it failed never completed, so no handler undid it: this deletes every
 * object that still carries the circuit's marker or sits at an id the circuit block records.
 */
@Component
class RemoveCircuitFromNetBoxDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final CircuitObjectsInNetBox objects;
    private final OwnSubscription own;
    private final WritesInDoubt inDoubt;

    RemoveCircuitFromNetBoxDelegate(NetBoxClient netBox, SubscriptionService subscriptions,
            CircuitObjectsInNetBox objects, OwnSubscription own, WritesInDoubt inDoubt) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.objects = objects;
        this.own = own;
        this.inDoubt = inDoubt;
    }

    @Override
    public void run(DelegateExecution execution) {
        // aborted before the circuit model was built: nothing of it can be in NetBox
        Optional<UUID> subscriptionId = own.find(execution);
        Optional<CircuitBlock> circuit = subscriptionId.flatMap(id -> subscriptions.get(id).block(CircuitBlock.class));
        if (circuit.isEmpty()) {
            return;
        }
        UUID id = subscriptionId.get();
        // a write still in doubt would land after this look and stay
        inDoubt.awaitAll(id);
        objects.cables(id, circuit.get(), execution).forEach(netBox::deleteCable);
        for (Side side : Side.values()) {
            objects.addresses(id, circuit.get(), side, execution).forEach(netBox::deleteIpAddress);
        }
        objects.prefixes(id, circuit.get().linkPrefixId(), ReserveLinkPrefixDelegate.LENGTH, execution)
                .forEach(netBox::deletePrefix);
        objects.prefixes(id, circuit.get().circuitPrefixId(), ReserveCircuitPrefixDelegate.LENGTH, execution)
                .forEach(netBox::deletePrefix);
    }
}
