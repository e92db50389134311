package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.springframework.stereotype.Component;

/**
 * serviceTask_removeDuplicatesFromNetBox: the last look before the circuit is ACTIVE, once the operator's time at the
 * configuration task has let late writes land: of the circuit's marked /64s, /127s and each port's addresses it keeps
 * the ones the circuit block records and deletes the rest (see {@link CircuitDuplicatesInNetBox}).
 */
@Component
class RemoveDuplicatesFromNetBoxDelegate implements NetBoxStep {

    private final CircuitDuplicatesInNetBox duplicates;
    private final OwnSubscription own;

    RemoveDuplicatesFromNetBoxDelegate(CircuitDuplicatesInNetBox duplicates, OwnSubscription own) {
        this.duplicates = duplicates;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        duplicates.prefixes(subscriptionId, execution);
        duplicates.addresses(subscriptionId, execution);
    }
}
