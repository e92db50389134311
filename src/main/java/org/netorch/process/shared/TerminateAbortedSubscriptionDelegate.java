package org.netorch.process.shared;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_terminateAbortedSubscription: after the abort undid the workflow's NetBox writes, the subscription it was
 * creating ends TERMINATED with the abort note, which frees its device or ports; any other subscription it linked is
 * left out of sync, as an aborted workflow leaves it.
 */
@Component
class TerminateAbortedSubscriptionDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;

    TerminateAbortedSubscriptionDelegate(SubscriptionService subscriptions, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String note = WorkflowAbort.note(execution);
        for (UUID subscriptionId : subscriptions.linkedTo(execution.getProcessInstanceId()).stream().distinct().toList()) {
            subscriptions.abandonedByWorkflow(subscriptionId, true, note, audit.of(execution));
        }
    }
}
