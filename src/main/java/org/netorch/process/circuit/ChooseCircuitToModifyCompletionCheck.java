package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseCircuitToModify: the chosen circuit must still be ACTIVE and in sync. */
@Component
class ChooseCircuitToModifyCompletionCheck implements TaskListener {

    private final ModifiableCircuits circuits;

    ChooseCircuitToModifyCompletionCheck(ModifiableCircuits circuits) {
        this.circuits = circuits;
    }

    @Override
    public void notify(DelegateTask task) {
        Object chosen = task.getVariable(ProcessVariables.SUBSCRIPTION_ID);
        if (chosen == null || chosen.toString().isBlank()) {
            throw new FormCheckException(ProcessVariables.SUBSCRIPTION_ID, "choose a circuit to modify");
        }
        ModifiableCircuits.Refusal refusal = circuits.refusal(chosen);
        if (refusal != null) {
            throw new FormCheckException(ProcessVariables.SUBSCRIPTION_ID, refusal.reason());
        }
    }
}
