package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
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
        eligible.checkChoice(task, Product.TYPE_CIRCUIT);
    }
}
