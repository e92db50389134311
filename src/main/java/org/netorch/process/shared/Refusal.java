package org.netorch.process.shared;

/**
 * Why a workflow refuses a choice or an input, whoever asks: a choice task's completion check, a lock step, or our
 * API before it starts anything. {@code CONFLICT} marks input that is well-formed but clashes with the current state
 * (e.g. a subscription another workflow is working on), which our API answers with 409 rather than 400.
 */
public record Refusal(Kind kind, String reason) {

    public enum Kind { INVALID, CONFLICT }

    public static Refusal invalid(String reason) {
        return new Refusal(Kind.INVALID, reason);
    }

    public static Refusal conflict(String reason) {
        return new Refusal(Kind.CONFLICT, reason);
    }

    public boolean isConflict() {
        return kind == Kind.CONFLICT;
    }

    /** The refusal as a user task's completion check reports it: the task stays open. */
    public FormCheckException ofTask(String field) {
        return new FormCheckException(field, reason);
    }
}
