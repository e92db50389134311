package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
        Object chosen = task.getExecution().hasVariable(ModifyCircuitProcess.UNDER_MAINTENANCE)
                ? task.getExecution().getVariable(ModifyCircuitProcess.UNDER_MAINTENANCE)
                : task.getVariableLocal(ModifyCircuitProcess.UNDER_MAINTENANCE);
        if (!(chosen instanceof Boolean underMaintenance)) {
            throw new FormCheckException(ModifyCircuitProcess.UNDER_MAINTENANCE,
                    "must be true (maintenance, traffic drained) or false (normal traffic), not '" + chosen + "'");
        }
        task.getExecution().setVariable(ModifyCircuitProcess.UNDER_MAINTENANCE, underMaintenance);
    }
}
