package org.netorch.process.circuit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** modify_circuit over our API: an optional {@code subscription_id} (then the choice task is skipped). */
@Component
class ModifyCircuitWorkflow implements WorkflowDefinition {

    private static final Set<String> FIELDS = Set.of(ProcessVariables.SUBSCRIPTION_ID);

    private final ActiveInSyncSubscriptions eligible;

    ModifyCircuitWorkflow(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public String key() {
        return ModifyCircuitProcess.KEY;
    }

    @Override
    public boolean createsSubscription() {
        return false;
    }

    @Override
    public Map<String, Object> startVariables(Map<String, Object> input) {
        StartInput.refuseUnknownFields(key(), FIELDS, input);
        Map<String, Object> variables = new HashMap<>();
        Object subscriptionId = input.get(ProcessVariables.SUBSCRIPTION_ID);
        if (subscriptionId != null) {
            eligible.refusal(subscriptionId, Product.TYPE_CIRCUIT).ifPresent(refusal -> {
                throw InvalidInputException.of(ProcessVariables.SUBSCRIPTION_ID, refusal);
            });
            UUID id = ProcessVariables.subscription().parse(subscriptionId).orElseThrow();
            variables.put(ProcessVariables.SUBSCRIPTION_ID, ProcessVariables.subscription().stored(id));
        }
        return variables;
    }
}
