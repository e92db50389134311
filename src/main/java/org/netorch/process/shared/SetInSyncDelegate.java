package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_setInSync: the workflow is done with the subscription, so other workflows may start on it. */
@Component
class SetInSyncDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    SetInSyncDelegate(SubscriptionService subscriptions, ProcessAudit audit, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void execute(DelegateExecution execution) {
        subscriptions.get(own.get(execution)).markInSync(audit.of(execution));
    }
}
