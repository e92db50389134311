package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseNodeToValidate: the chosen node must still be ACTIVE and in sync. */
@Component
class ChooseNodeToValidateCompletionCheck implements TaskListener {

    private final ActiveInSyncSubscriptions eligible;

    ChooseNodeToValidateCompletionCheck(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public void notify(DelegateTask task) {
        eligible.checkChoice(task, Product.TYPE_NODE);
    }
}
