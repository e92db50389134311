package org.netorch.process.circuit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.process.shared.TerminationRefusal;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** terminate_circuit over our API: an optional {@code subscription_id} (then the choice task is skipped). */
@Component
class TerminateCircuitWorkflow implements WorkflowDefinition {

    private static final Set<String> FIELDS = Set.of(TerminateCircuitProcess.SUBSCRIPTION_ID);

    private final TerminableSubscriptions terminable;

    TerminateCircuitWorkflow(TerminableSubscriptions terminable) {
        this.terminable = terminable;
    }

    @Override
    public String key() {
        return TerminateCircuitProcess.KEY;
    }

    @Override
    public boolean createsSubscription() {
        return false;
    }

    @Override
    public Map<String, Object> startVariables(Map<String, Object> input) {
        StartInput.refuseUnknownFields(key(), FIELDS, input);
        Map<String, Object> variables = new HashMap<>();
        Object subscriptionId = input.get(TerminateCircuitProcess.SUBSCRIPTION_ID);
        if (subscriptionId != null) {
            TerminationRefusal refusal = terminable.refusal(subscriptionId, Product.TYPE_CIRCUIT);
            if (refusal != null) {
                throw refusal.conflict()
                        ? InvalidInputException.conflict(TerminateCircuitProcess.SUBSCRIPTION_ID, refusal.reason())
                        : new InvalidInputException(TerminateCircuitProcess.SUBSCRIPTION_ID, refusal.reason());
            }
            variables.put(TerminateCircuitProcess.SUBSCRIPTION_ID,
                    UUID.fromString(subscriptionId.toString().trim()).toString());
        }
        return variables;
    }
}
