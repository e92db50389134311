package org.netorch.process.circuit;

import static org.netorch.process.circuit.TerminateCircuitProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.netorch.subscription.Side;

/** Typed reads and writes of terminate_circuit's variables; their names live in {@link TerminateCircuitProcess}. */
final class TerminateCircuitVariables {

    private TerminateCircuitVariables() {
    }

    static void circuitOptions(DelegateExecution execution, List<Map<String, String>> options) {
        execution.setVariable(CIRCUIT_OPTIONS, Spin.JSON(options));
    }

    /** The end a per-side step works on, from its input parameter. */
    static Side side(DelegateExecution execution) {
        return Side.valueOf(execution.getVariableLocal(SIDE_PARAMETER).toString());
    }

    static boolean configRemoved(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(CONFIG_REMOVED));
    }

    /** Gives the removal task both routers' configurations, and unticks a box ticked for an earlier task. */
    static void removalTask(DelegateTask task, CircuitRemovalConfig a, CircuitRemovalConfig b) {
        task.setVariableLocal(NODE_A_NAME, a.nodeName());
        task.setVariableLocal(NODE_B_NAME, b.nodeName());
        task.setVariableLocal(CONFIG_TEXT_A, a.render());
        task.setVariableLocal(CONFIG_TEXT_B, b.render());
        task.getExecution().removeVariable(CONFIG_REMOVED);
    }
}
