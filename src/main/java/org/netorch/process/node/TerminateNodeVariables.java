package org.netorch.process.node;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;

/** Typed reads and writes of terminate_node's variables; their names live in {@link TerminateNodeProcess}. */
final class TerminateNodeVariables {

    private TerminateNodeVariables() {
    }

    static void nodeOptions(DelegateExecution execution, List<Map<String, String>> options) {
        execution.setVariable(TerminateNodeProcess.NODE_OPTIONS, Spin.JSON(options));
    }
}
