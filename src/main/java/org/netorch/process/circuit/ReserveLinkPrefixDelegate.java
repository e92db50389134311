package org.netorch.process.circuit;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.Prefix;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.NetBoxStepException;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.WritesInDoubt;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_reserveLinkPrefix: the /127 of the link inside the circuit's /64; records its id on the circuit block
 * and writes {@code link_prefix(_id)}. Keeps one marked /64 and one marked /127 (see
 * {@link CircuitDuplicatesInNetBox}): the /64 step's late write is caught here.
 */
@Component
class ReserveLinkPrefixDelegate implements NetBoxStep {

    static final int LENGTH = 127;

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final CircuitDuplicatesInNetBox duplicates;
    private final OwnSubscription own;
    private final WritesInDoubt inDoubt;

    ReserveLinkPrefixDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            CircuitDuplicatesInNetBox duplicates, OwnSubscription own, WritesInDoubt inDoubt) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.duplicates = duplicates;
        this.own = own;
        this.inDoubt = inDoubt;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        // an earlier try may have been allocated before its answer was lost, or may still be
        inDoubt.awaitEarlierTries(execution, subscriptionId);
        Prefix earlier = duplicates.prefixes(subscriptionId, execution)
                .get(CircuitDuplicatesInNetBox.Purpose.LINK_PREFIX);
        // read after the sweep, which records what it removed in a transaction of its own
        Subscription subscription = subscriptions.get(subscriptionId);
        CircuitBlock circuit = subscription.block(CircuitBlock.class).orElseThrow();
        long parentId = circuit.circuitPrefixId();
        Prefix link = Optional.ofNullable(earlier).orElseGet(() -> {
            try {
                return inDoubt.send(execution, subscriptionId, () -> netBox.allocatePrefix(parentId, LENGTH,
                        SubscriptionMarker.describe(circuit.circuitDescription() + " point-to-point", subscriptionId),
                        false));
            } catch (NetBoxException e) {
                if (e.isConflict()) {
                    throw new NetBoxStepException(execution, "circuit prefix " + netBox.prefix(parentId).prefix()
                            + " has no free /" + LENGTH + "; free space in it in NetBox, then retry ("
                            + e.getMessage() + ")");
                }
                throw e;
            }
        });
        subscription.update(circuit.withLinkPrefixId(link.id()), audit.of(execution));
        CreateCircuitVariables.LINK_PREFIX_ID.set(execution, link.id());
        CreateCircuitVariables.LINK_PREFIX.set(execution, link.prefix());
    }
}
