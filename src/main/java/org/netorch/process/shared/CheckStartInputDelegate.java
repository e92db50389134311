package org.netorch.process.shared;

import java.util.Optional;

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

    /** How Camunda's REST API and Tasklist's start form name it. */
    static final String BUSINESS_KEY = "businessKey";

    private static final Logger LOG = LoggerFactory.getLogger(CheckStartInputDelegate.class);

    private final StartInputRules rules;

    CheckStartInputDelegate(StartInputRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        startBusinessKeyRefusal(execution).or(() -> rules.refusal(processKey, execution.getVariables()))
                .ifPresent(reason -> {
                    LOG.warn("{} {} refused its start input: {}", processKey, execution.getProcessInstanceId(),
                            reason);
                    throw new BpmnError(StartInputRules.ERROR_START_INPUT_REFUSED, reason);
                });
    }

    // a workflow takes its subscription itself (OwnSubscription); a key given by its starter would only mislead
    private static Optional<String> startBusinessKeyRefusal(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() == null) {
            return Optional.empty();
        }
        return Optional.of(BUSINESS_KEY + ": a workflow takes the subscription it works on itself; start it "
                + "without a business key");
    }
}
