package org.netorch.process.circuit;

import java.util.Map;

import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** validate_circuit over our API: an optional {@code subscription_id} (then the choice task is skipped). */
@Component
class ValidateCircuitWorkflow implements WorkflowDefinition {

    private final ActiveInSyncSubscriptions eligible;

    ValidateCircuitWorkflow(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public String key() {
        return ValidateCircuitProcess.KEY;
    }

    @Override
    public boolean createsSubscription() {
        return false;
    }

    @Override
    public Map<String, Object> startVariables(Map<String, Object> input) {
        return StartInput.optionalSubscription(key(), input, id -> eligible.refusal(id, Product.TYPE_CIRCUIT));
    }
}
