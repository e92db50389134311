package org.netorch.process.node;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.netorch.process.shared.ProcessVariables;

/** Typed reads and writes of terminate_node's variables; their names live in {@link TerminateNodeProcess}. */
final class TerminateNodeVariables {

    private TerminateNodeVariables() {
    }

    static UUID subscriptionId(VariableScope scope) {
        return ProcessVariables.subscriptionId(scope);
    }

    /** The choice as submitted (Tasklist sends it as a string), unparsed, for the completion check to judge. */
    static Object chosenSubscription(VariableScope scope) {
        return scope.getVariable(TerminateNodeProcess.SUBSCRIPTION_ID);
    }

    static void nodeOptions(DelegateExecution execution, List<Map<String, String>> options) {
        execution.setVariable(TerminateNodeProcess.NODE_OPTIONS, Spin.JSON(options));
    }
}
