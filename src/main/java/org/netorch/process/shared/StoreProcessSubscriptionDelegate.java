package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_storeProcessSubscription: records in the subscription's audit trail that this workflow works on it. */
@Component
class StoreProcessSubscriptionDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;

    StoreProcessSubscriptionDelegate(SubscriptionService subscriptions, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workflowKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        subscriptions.linkProcess(ProcessVariables.subscriptionId(execution), execution.getProcessInstanceId(),
                workflowKey, audit.of(execution));
    }
}
