package org.netorch.process.shared;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The subscription a workflow on an existing subscription was asked to work on: chosen in its choice task, or given at
 * start. It is a choice, never the subscription a step works on: the choice task's completion check judges it, and the
 * lock step reads it, judges it again and makes it the workflow's own ({@link OwnSubscription#take}). No public method
 * here returns it.
 */
public final class SubscriptionChoice {

    /** The choice tasks' form field and the start input of our API. */
    public static final String FIELD = "subscription_id";

    private static final ProcessVariable<UUID> CHOICE = ProcessVariable.uuid(FIELD);

    private SubscriptionChoice() {
    }

    /**
     * A choice task's completion check: refuses a missing choice with {@code missing}, else applies {@code rule} to the
     * value as submitted. Reads the process's variable, not the task's, so a task-local variable of the same name
     * cannot show the check another value than the one the lock step reads.
     */
    public static void check(DelegateTask task, String missing, Function<Object, Optional<Refusal>> rule) {
        Object chosen = CHOICE.raw(task.getExecution());
        if (ProcessVariable.isBlank(chosen)) {
            throw new FormCheckException(FIELD, missing);
        }
        rule.apply(chosen).ifPresent(refusal -> {
            throw refusal.ofTask(FIELD);
        });
    }

    /** A start input already judged by the workflow's rule, as the process stores it. */
    public static Map<String, Object> startVariables(Object given) {
        return Map.of(FIELD, CHOICE.stored(parse(given).orElseThrow()));
    }

    /** The id a caller or a form gave, if it is one. */
    static Optional<UUID> parse(Object given) {
        return CHOICE.parse(given);
    }

    /** For the lock steps only, which judge it again before they take it. */
    static UUID chosen(DelegateExecution execution) {
        return CHOICE.get(execution);
    }
}
