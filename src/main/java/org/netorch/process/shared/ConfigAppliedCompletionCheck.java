package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete-listener of every "Apply configuration" task: the operator must confirm, whichever door the completion
 * came through ({@code /engine-rest} does not run the form's validation).
 */
@Component
class ConfigAppliedCompletionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!ProcessVariables.configApplied(task)) {
            throw new FormCheckException(ProcessVariables.CONFIG_APPLIED,
                    "tick 'Configuration applied' once the configuration runs on the router");
        }
    }
}
