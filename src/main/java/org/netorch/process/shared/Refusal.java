package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * Why a workflow refuses a choice or an input, whoever asks: a choice task's completion check, a lock step, or our
 * API before it starts anything. {@code CONFLICT} marks input that is well-formed but clashes with the current state
 * (e.g. a subscription another workflow is working on), which our API answers with 409 rather than 400.
 */
public record Refusal(Kind kind, String reason) {

    public enum Kind { INVALID, CONFLICT }

    /** The error a construct step throws for a refused choice, and where the diagram keeps its reason. */
    public static final String ERROR_CHOICE_REFUSED = "CHOICE_REFUSED";
    public static final String CHOICE_REFUSED_VARIABLE = "choice_refused";

    public static Refusal invalid(String reason) {
        return new Refusal(Kind.INVALID, reason);
    }

    public static Refusal conflict(String reason) {
        return new Refusal(Kind.CONFLICT, reason);
    }

    public boolean isConflict() {
        return kind == Kind.CONFLICT;
    }

    /**
     * The refusal as a create workflow's construct step reports it: a choice its check accepted went stale (or was
     * never one) by the time the step built from it; the diagram's boundary event ends the process at "choice
     * refused" with the reason in {@link #CHOICE_REFUSED_VARIABLE}.
     */
    public BpmnError ofConstructStep(String field) {
        return new BpmnError(ERROR_CHOICE_REFUSED, field + ": " + reason);
    }

    /** The refusal as a user task's completion check reports it: the task stays open. */
    public FormCheckException ofTask(String field) {
        return new FormCheckException(field, reason);
    }
}
