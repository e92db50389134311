package org.netorch.process.circuit;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.NetBoxProperties;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
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
 * serviceTask_reserveCircuitPrefix: the circuit's /64 from the circuit pool; records its id on the circuit block and
 * writes {@code circuit_prefix(_id)}. Of several marked /64s it keeps one (see {@link CircuitDuplicatesInNetBox}).
 */
@Component
class ReserveCircuitPrefixDelegate implements NetBoxStep {

    static final int LENGTH = 64;

    private final NetBoxClient netBox;
    private final NetBoxProperties properties;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final CircuitDuplicatesInNetBox duplicates;
    private final OwnSubscription own;
    private final WritesInDoubt inDoubt;

    ReserveCircuitPrefixDelegate(NetBoxClient netBox, NetBoxProperties properties,
            SubscriptionService subscriptions, ProcessAudit audit, CircuitDuplicatesInNetBox duplicates,
            OwnSubscription own, WritesInDoubt inDoubt) {
        this.netBox = netBox;
        this.properties = properties;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.duplicates = duplicates;
        this.own = own;
        this.inDoubt = inDoubt;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        String pool = properties.circuitPool();
        Prefix parent = netBox.prefixes(PrefixQuery.exactly(pool)).stream().findFirst().orElseThrow(() ->
                new NetBoxStepException(execution, "the circuit pool " + pool
                        + " (netbox.circuit-pool) is not a prefix in NetBox; create it, then retry"));
        // an earlier try may have been allocated before its answer was lost, or may still be
        inDoubt.awaitEarlierTries(execution, subscriptionId);
        Prefix reserved = Optional.ofNullable(duplicates.prefixes(subscriptionId, execution)
                .get(CircuitDuplicatesInNetBox.Purpose.CIRCUIT_PREFIX)).orElseGet(() -> {
            String description = subscriptions.get(subscriptionId).block(CircuitBlock.class).orElseThrow()
                    .circuitDescription();
            try {
                return inDoubt.send(execution, subscriptionId, () -> netBox.allocatePrefix(parent.id(), LENGTH,
                        SubscriptionMarker.describe(description + " /64", subscriptionId), true));
            } catch (NetBoxException e) {
                if (e.isConflict()) {
                    throw new NetBoxStepException(execution, "circuit pool " + pool + " has no free /" + LENGTH
                            + "; free or widen space in NetBox, then retry (" + e.getMessage() + ")");
                }
                throw e;
            }
        });
        Subscription subscription = subscriptions.get(subscriptionId);
        subscription.update(subscription.block(CircuitBlock.class).orElseThrow().withCircuitPrefixId(reserved.id()),
                audit.of(execution));
        CreateCircuitVariables.CIRCUIT_PREFIX_ID.set(execution, reserved.id());
        CreateCircuitVariables.CIRCUIT_PREFIX.set(execution, reserved.prefix());
    }
}
