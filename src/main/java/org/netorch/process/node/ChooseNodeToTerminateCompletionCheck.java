package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseNodeToTerminate: the chosen node must still be terminable. */
@Component
class ChooseNodeToTerminateCompletionCheck implements TaskListener {

    private final TerminableSubscriptions terminable;

    ChooseNodeToTerminateCompletionCheck(TerminableSubscriptions terminable) {
        this.terminable = terminable;
    }

    @Override
    public void notify(DelegateTask task) {
        Object chosen = TerminateNodeVariables.chosenSubscription(task);
        if (chosen == null || chosen.toString().isBlank()) {
            throw new FormCheckException(TerminateNodeProcess.SUBSCRIPTION_ID, "choose a node to terminate");
        }
        terminable.refusal(chosen, Product.TYPE_NODE).ifPresent(refusal -> {
            throw refusal.ofTask(TerminateNodeProcess.SUBSCRIPTION_ID);
        });
    }
}
