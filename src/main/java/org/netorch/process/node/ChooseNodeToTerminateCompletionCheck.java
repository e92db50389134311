package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.SubscriptionChoice;
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
        SubscriptionChoice.check(task, "choose a node to terminate",
                chosen -> terminable.refusal(chosen, Product.TYPE_NODE));
    }
}
