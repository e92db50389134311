package org.netorch.process.operations;

import java.util.Map;
import java.util.Set;
import org.netorch.process.shared.ProcessVariables;

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
