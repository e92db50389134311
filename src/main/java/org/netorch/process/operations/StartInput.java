package org.netorch.process.operations;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.Refusal;

/** Checks every workflow's start input shares: no field the workflow does not take, and the optional customer. */
public final class StartInput {

    private StartInput() {
    }

    public static void refuseUnknownFields(String workflowKey, Set<String> fields, Map<String, Object> input) {
        for (String field : input.keySet()) {
            if (!fields.contains(field)) {
                throw new InvalidInputException(field, "unknown field; " + workflowKey + " takes " + fields);
            }
        }
    }

    /**
     * The start variables of a workflow whose one input is an optional {@code subscription_id} (then its choice task
     * is skipped): the id as stored, once {@code refusal} has no objection to it.
     */
    public static Map<String, Object> optionalSubscription(String workflowKey, Map<String, Object> input,
            Function<Object, Optional<Refusal>> refusal) {
        refuseUnknownFields(workflowKey, Set.of(ProcessVariables.SUBSCRIPTION_ID), input);
        Map<String, Object> variables = new HashMap<>();
        Object subscriptionId = input.get(ProcessVariables.SUBSCRIPTION_ID);
        if (subscriptionId != null) {
            refusal.apply(subscriptionId).ifPresent(refused -> {
                throw InvalidInputException.of(ProcessVariables.SUBSCRIPTION_ID, refused);
            });
            UUID id = ProcessVariables.subscription().parse(subscriptionId).orElseThrow();
            variables.put(ProcessVariables.SUBSCRIPTION_ID, ProcessVariables.subscription().stored(id));
        }
        return variables;
    }

    /** The width of the subscription's customer column. */
    static final int MAX_CUSTOMER_ID_LENGTH = 100;

    /** Copies {@code customer_id} into the variables when given; it must then be a non-empty string. */
    public static void copyCustomerId(Map<String, Object> input, Map<String, Object> variables) {
        Object customer = input.get(ProcessVariables.CUSTOMER_ID);
        if (customer == null) {
            return;
        }
        if (!(customer instanceof String text) || text.isBlank()) {
            throw new InvalidInputException(ProcessVariables.CUSTOMER_ID, "must be a non-empty string");
        }
        if (text.trim().length() > MAX_CUSTOMER_ID_LENGTH) {
            throw new InvalidInputException(ProcessVariables.CUSTOMER_ID,
                    "must be at most " + MAX_CUSTOMER_ID_LENGTH + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(ProcessVariables.CUSTOMER_ID, "must not contain control characters");
        }
        variables.put(ProcessVariables.CUSTOMER_ID, text.trim());
    }
}
