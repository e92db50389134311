package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseCircuitToModify: the chosen circuit must still be ACTIVE and in sync. */
@Component
class ChooseCircuitToModifyCompletionCheck implements TaskListener {

    private final ActiveInSyncSubscriptions eligible;

    ChooseCircuitToModifyCompletionCheck(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public void notify(DelegateTask task) {
        Object chosen = ProcessVariables.subscription().raw(task);
        if (ProcessVariable.isBlank(chosen)) {
            throw new FormCheckException(ProcessVariables.SUBSCRIPTION_ID, "choose a circuit to modify");
        }
        eligible.refusal(chosen, Product.TYPE_CIRCUIT).ifPresent(refusal -> {
            throw refusal.ofTask(ProcessVariables.SUBSCRIPTION_ID);
        });
    }
}
