package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A NetBox step that failed for a technical reason. Its message becomes the incident message, so it starts with the
 * step, then the call and NetBox's answer (Camunda keeps only the first 666 characters).
 */
public class NetBoxStepException extends RuntimeException {

    public NetBoxStepException(DelegateExecution execution, RuntimeException cause) {
        super(stepName(execution) + ": " + cause.getMessage(), cause);
    }

    public NetBoxStepException(DelegateExecution execution, String problem) {
        super(stepName(execution) + ": " + problem);
    }

    private static String stepName(DelegateExecution execution) {
        String name = execution.getCurrentActivityName();
        return name == null ? execution.getCurrentActivityId() : name;
    }
}
