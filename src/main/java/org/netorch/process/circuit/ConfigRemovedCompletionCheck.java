package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
import org.springframework.stereotype.Component;

/**
 * Complete-listener of userTask_confirmCircuitRemoval: NetBox is only cleaned up once the operator confirms both
 * routers no longer use the circuit, whichever door the completion came through.
 */
@Component
class ConfigRemovedCompletionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!TerminateCircuitVariables.configRemoved(task)) {
            throw new FormCheckException(TerminateCircuitProcess.CONFIG_REMOVED,
                    "tick 'Configuration removed' once neither router carries the circuit's configuration");
        }
    }
}
