package org.netorch.process.node;

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

/**
 * terminate_node over our API: an optional {@code subscription_id} (then the choice task is skipped); a node that
 * still carries a live circuit is a 409 naming the circuits.
 */
@Component
class TerminateNodeWorkflow implements WorkflowDefinition {

    private static final Set<String> FIELDS = Set.of(TerminateNodeProcess.SUBSCRIPTION_ID);

    private final TerminableSubscriptions terminable;

    TerminateNodeWorkflow(TerminableSubscriptions terminable) {
        this.terminable = terminable;
    }

    @Override
    public String key() {
        return TerminateNodeProcess.KEY;
    }

    @Override
    public boolean createsSubscription() {
        return false;
    }

    @Override
    public Map<String, Object> startVariables(Map<String, Object> input) {
        StartInput.refuseUnknownFields(key(), FIELDS, input);
        Map<String, Object> variables = new HashMap<>();
        Object subscriptionId = input.get(TerminateNodeProcess.SUBSCRIPTION_ID);
        if (subscriptionId != null) {
            TerminationRefusal refusal = terminable.refusal(subscriptionId, Product.TYPE_NODE);
            if (refusal != null) {
                throw refusal.conflict()
                        ? InvalidInputException.conflict(TerminateNodeProcess.SUBSCRIPTION_ID, refusal.reason())
                        : new InvalidInputException(TerminateNodeProcess.SUBSCRIPTION_ID, refusal.reason());
            }
            variables.put(TerminateNodeProcess.SUBSCRIPTION_ID,
                    UUID.fromString(subscriptionId.toString().trim()).toString());
        }
        return variables;
    }
}
