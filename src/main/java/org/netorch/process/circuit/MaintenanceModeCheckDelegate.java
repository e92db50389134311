package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
import org.springframework.stereotype.Component;

/**
 * Complete-listener of userTask_chooseMaintenanceMode: the choice must be true or false, and it is copied to the
 * process, because a submitted value lands in the task-local pre-fill and would vanish with the task.
 */
@Component
class MaintenanceModeCheckDelegate implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object chosen = task.getVariable(ModifyCircuitProcess.UNDER_MAINTENANCE);
        if (!(chosen instanceof Boolean underMaintenance)) {
            throw new FormCheckException(ModifyCircuitProcess.UNDER_MAINTENANCE,
                    "must be true (maintenance, traffic drained) or false (normal traffic), not '" + chosen + "'");
        }
        task.getExecution().setVariable(ModifyCircuitProcess.UNDER_MAINTENANCE, underMaintenance);
    }
}
