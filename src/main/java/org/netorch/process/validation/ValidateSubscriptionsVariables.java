package org.netorch.process.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.netorch.process.shared.ProcessVariable;

/** Typed accessors of validate_subscriptions' variables; their names are in {@link ValidateSubscriptionsProcess}. */
final class ValidateSubscriptionsVariables {

    static final ProcessVariable<Integer> BATCH_SIZE = ProcessVariable.number(ValidateSubscriptionsProcess.BATCH_SIZE);
    static final ProcessVariable<UUID> BATCH_AFTER = ProcessVariable.uuid(ValidateSubscriptionsProcess.BATCH_AFTER);
    static final ProcessVariable<String> PRODUCT_TYPE = ProcessVariable.text(ValidateSubscriptionsProcess.PRODUCT_TYPE);
    static final ProcessVariable<String> VALIDATE_WORKFLOW =
            ProcessVariable.text(ValidateSubscriptionsProcess.VALIDATE_WORKFLOW);
    static final ProcessVariable<Integer> CHECKED = ProcessVariable.number(ValidateSubscriptionsProcess.CHECKED);
    static final ProcessVariable<Integer> IN_SYNC = ProcessVariable.number(ValidateSubscriptionsProcess.IN_SYNC);
    static final ProcessVariable<Integer> DRIFT = ProcessVariable.number(ValidateSubscriptionsProcess.DRIFT);
    static final ProcessVariable<Integer> SKIPPED = ProcessVariable.number(ValidateSubscriptionsProcess.SKIPPED);

    private ValidateSubscriptionsVariables() {
    }

    /**
     * The batch the multi-instance call activity runs over: a list of id texts, which its collection expression
     * needs as a Java collection; stored as JSON, as every object variable (an ArrayList, which it reads back as one).
     */
    static void batch(VariableScope execution, List<UUID> ids) {
        execution.setVariable(ValidateSubscriptionsProcess.BATCH,
                Variables.objectValue(new ArrayList<>(ids.stream().map(UUID::toString).toList())).create());
        BATCH_SIZE.set(execution, ids.size());
    }

    static Optional<UUID> batchAfter(VariableScope execution) {
        return BATCH_AFTER.find(execution);
    }
}
