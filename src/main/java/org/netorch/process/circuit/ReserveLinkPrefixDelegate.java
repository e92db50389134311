package org.netorch.process.circuit;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.Prefix;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.NetBoxStepException;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
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

    ReserveLinkPrefixDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            CircuitDuplicatesInNetBox duplicates) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.duplicates = duplicates;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = ProcessVariables.subscriptionId(execution);
        long parentId = CreateCircuitVariables.CIRCUIT_PREFIX_ID.get(execution);
        String parent = CreateCircuitVariables.CIRCUIT_PREFIX.get(execution);
        // an earlier try may have been allocated before its answer was lost
        Prefix link = Optional.ofNullable(duplicates.prefixes(subscriptionId, execution)
                .get(CircuitDuplicatesInNetBox.Purpose.LINK_PREFIX)).orElseGet(() -> {
            String description = subscriptions.get(subscriptionId).circuit().orElseThrow().circuitDescription();
            try {
                return netBox.allocatePrefix(parentId, LENGTH,
                        SubscriptionMarker.describe(description + " point-to-point", subscriptionId), false);
            } catch (NetBoxException e) {
                if (e.isConflict()) {
                    throw new NetBoxStepException(execution, "circuit prefix " + parent + " has no free /"
                            + LENGTH + "; free space in it in NetBox, then retry (" + e.getMessage() + ")");
                }
                throw e;
            }
        });
        subscriptions.get(subscriptionId).circuit().orElseThrow().recordLinkPrefix(link.id(), audit.of(execution));
        CreateCircuitVariables.LINK_PREFIX_ID.set(execution, link.id());
        CreateCircuitVariables.LINK_PREFIX.set(execution, link.prefix());
    }
}
