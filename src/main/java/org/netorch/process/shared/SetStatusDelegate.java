package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * serviceTask_setStatus…: moves the subscription to the lifecycle state named by the task's input parameter
 * {@code status}; the domain refuses it, naming the field, when a field that state requires is missing.
 */
@Component
class SetStatusDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    SetStatusDelegate(SubscriptionService subscriptions, ProcessAudit audit, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubscriptionStatus target = SubscriptionStatus.valueOf(ProcessVariables.statusParameter(execution));
        subscriptions.transition(own.get(execution), target, audit.of(execution));
    }
}
