package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseCircuitToValidate: the chosen circuit must still be ACTIVE and in sync. */
@Component
class ChooseCircuitToValidateCompletionCheck implements TaskListener {

    private final ActiveInSyncSubscriptions eligible;

    ChooseCircuitToValidateCompletionCheck(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public void notify(DelegateTask task) {
        eligible.checkChoice(task, Product.TYPE_CIRCUIT);
    }
}
