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

    SetInSyncDelegate(SubscriptionService subscriptions, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        subscriptions.get(ProcessVariables.subscriptionId(execution)).markInSync(audit.of(execution));
    }
}
