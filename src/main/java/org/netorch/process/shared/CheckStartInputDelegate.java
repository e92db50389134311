package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * serviceTask_checkStartInput (every diagram): applies the workflow's start-input rules to the variables the process
 * was started with, or throws {@code START_INPUT_REFUSED}, whose boundary event ends the process before it writes
 * anything.
 */
@Component
class CheckStartInputDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(CheckStartInputDelegate.class);

    private final StartInputRules rules;

    CheckStartInputDelegate(StartInputRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        rules.refusal(processKey, execution.getVariables()).ifPresent(reason -> {
            LOG.warn("{} {} refused its start input: {}", processKey, execution.getProcessInstanceId(), reason);
            throw new BpmnError(StartInputRules.ERROR_START_INPUT_REFUSED, reason);
        });
    }
}
