package org.netorch.process.operations;

import org.netorch.process.shared.Refusal;

/**
 * Input that a workflow refuses before anything is written. {@code conflict} marks input that is well-formed but
 * clashes with the current state (e.g. a subscription that is not in sync), which our API answers with 409, not 400.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String reason;
    private final boolean conflict;

    public InvalidInputException(String field, String reason) {
        this(field, reason, false);
    }

    private InvalidInputException(String field, String reason, boolean conflict) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.conflict = conflict;
    }

    public static InvalidInputException conflict(String field, String reason) {
        return new InvalidInputException(field, reason, true);
    }

    /** A workflow's refusal as our API reports it: 409 for a conflict, else 400. */
    public static InvalidInputException of(String field, Refusal refusal) {
        return new InvalidInputException(field, refusal.reason(), refusal.isConflict());
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public boolean isConflict() {
        return conflict;
    }
}
