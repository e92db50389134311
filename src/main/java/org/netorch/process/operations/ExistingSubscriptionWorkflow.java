package org.netorch.process.operations;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netorch.process.shared.SubscriptionChoice;
import org.netorch.process.shared.Refusal;

/**
 * A workflow that works on a subscription that already exists. Over our API it takes an optional
 * {@code subscription_id} (then its choice task is skipped), refused up front by the workflow's own eligibility rule.
 */
public abstract class ExistingSubscriptionWorkflow implements WorkflowDefinition {

    private static final Set<String> FIELDS = Set.of(SubscriptionChoice.FIELD);

    private final String key;

    protected ExistingSubscriptionWorkflow(String key) {
        this.key = key;
    }

    /** Why the workflow may not take the subscription with this id (as given), if it may not. */
    protected abstract Optional<Refusal> refusal(Object subscriptionId);

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final boolean createsSubscription() {
        return false;
    }

    @Override
    public final Map<String, Object> startVariables(Map<String, Object> input) {
        StartInput.refuseUnknownFields(key, FIELDS, input);
        Object subscriptionId = input.get(SubscriptionChoice.FIELD);
        if (subscriptionId == null) {
            return Map.of();
        }
        refusal(subscriptionId).ifPresent(refusal -> {
            throw InvalidInputException.of(SubscriptionChoice.FIELD, refusal);
        });
        return SubscriptionChoice.startVariables(subscriptionId);
    }
}
