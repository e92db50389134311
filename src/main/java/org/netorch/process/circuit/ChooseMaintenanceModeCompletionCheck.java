package org.netorch.process.circuit;

import static org.netorch.process.circuit.ModifyCircuitVariables.UNDER_MAINTENANCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.netorch.process.shared.FormCheckException;
import org.springframework.stereotype.Component;

/**
 * Complete-listener of userTask_chooseMaintenanceMode: the choice must be true or false, and it is kept on the
 * process for the steps that follow.
 */
@Component
class ChooseMaintenanceModeCompletionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        // a form submit writes into the task-local pre-fill, a plain task completion (engine-rest) onto the process
        VariableScope submitted = task.getExecution().hasVariable(UNDER_MAINTENANCE.name())
                ? task.getExecution() : task;
        Object chosen = UNDER_MAINTENANCE.raw(submitted);
        boolean underMaintenance = UNDER_MAINTENANCE.parse(chosen).orElseThrow(() ->
                new FormCheckException(UNDER_MAINTENANCE.name(),
                        "must be true (maintenance, traffic drained) or false (normal traffic), not '" + chosen + "'"));
        UNDER_MAINTENANCE.set(task.getExecution(), underMaintenance);
    }
}
