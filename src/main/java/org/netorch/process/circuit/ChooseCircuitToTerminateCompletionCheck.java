package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.SubscriptionChoice;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseCircuitToTerminate: the chosen circuit must still be terminable. */
@Component
class ChooseCircuitToTerminateCompletionCheck implements TaskListener {

    private final TerminableSubscriptions terminable;

    ChooseCircuitToTerminateCompletionCheck(TerminableSubscriptions terminable) {
        this.terminable = terminable;
    }

    @Override
    public void notify(DelegateTask task) {
        SubscriptionChoice.check(task, "choose a circuit to terminate",
                chosen -> terminable.refusal(chosen, Product.TYPE_CIRCUIT));
    }
}
