package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.WritesInDoubt;
import org.springframework.stereotype.Component;

/**
 * serviceTask_removeDuplicatesFromNetBox: the last look before the circuit is ACTIVE, once the operator's time at the
 * configuration task has let late writes land: of the circuit's marked /64s, /127s and each port's addresses it keeps
 * the ones the circuit block records and deletes the rest (see {@link CircuitDuplicatesInNetBox}). It first waits out
 * every write of the circuit still in doubt, so none can land after it.
 */
@Component
class RemoveDuplicatesFromNetBoxDelegate implements NetBoxStep {

    private final CircuitDuplicatesInNetBox duplicates;
    private final OwnSubscription own;
    private final WritesInDoubt inDoubt;

    RemoveDuplicatesFromNetBoxDelegate(CircuitDuplicatesInNetBox duplicates, OwnSubscription own,
            WritesInDoubt inDoubt) {
        this.duplicates = duplicates;
        this.own = own;
        this.inDoubt = inDoubt;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        inDoubt.awaitAll(subscriptionId);
        duplicates.prefixes(subscriptionId, execution);
        duplicates.addresses(subscriptionId, execution);
    }
}
