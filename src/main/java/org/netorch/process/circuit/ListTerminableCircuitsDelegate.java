package org.netorch.process.circuit;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * serviceTask_listTerminableCircuits: puts the circuits that may be terminated into {@code circuit_options}; an orphan
 * says so in its label.
 */
@Component
class ListTerminableCircuitsDelegate implements JavaDelegate {

    private final TerminableSubscriptions terminable;

    ListTerminableCircuitsDelegate(TerminableSubscriptions terminable) {
        this.terminable = terminable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, String>> options = terminable.all(Product.TYPE_CIRCUIT).stream()
                .map(circuit -> Map.of("label", label(circuit), "value", circuit.id().toString()))
                .toList();
        TerminateCircuitVariables.circuitOptions(execution, options);
    }

    static String label(Subscription subscription) {
        return subscription.status() == SubscriptionStatus.ACTIVE ? subscription.description()
                : subscription.description() + " (" + subscription.status() + ", left behind by a workflow that did not finish)";
    }
}
