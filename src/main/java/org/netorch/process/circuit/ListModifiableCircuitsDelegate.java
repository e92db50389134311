package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.process.shared.SelectOption;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** serviceTask_listModifiableCircuits: puts the ACTIVE, in-sync circuits into {@code circuit_options}. */
@Component
class ListModifiableCircuitsDelegate implements JavaDelegate {

    private final ActiveInSyncSubscriptions eligible;

    ListModifiableCircuitsDelegate(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ModifyCircuitVariables.CIRCUIT_OPTIONS.set(execution, eligible.all(Product.TYPE_CIRCUIT).stream()
                .map(circuit -> new SelectOption(circuit.description(), circuit.id().toString()))
                .toList());
    }
}
