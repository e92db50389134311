package org.netorch.process.shared;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * The one way a step, listener or abort path learns which subscription its workflow works on (DESIGN §10). A create
 * workflow takes the subscription it built, a workflow on an existing subscription the one its lock step judged; {@link
 * #take} makes it the business key and links it to the process in one go. Every later reader gets the business key
 * only when that link confirms it, so neither a process variable nor a business key given at start can name another
 * subscription.
 */
@Component
public class OwnSubscription {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;

    OwnSubscription(SubscriptionService subscriptions, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /** Makes the subscription this workflow's own: its business key, and a link recorded in its audit trail. */
    public void take(DelegateExecution execution, UUID subscriptionId) {
        String workflowKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        subscriptions.linkProcess(subscriptionId, execution.getProcessInstanceId(), workflowKey, audit.of(execution));
        execution.setProcessBusinessKey(subscriptionId.toString());
    }

    /** Empty until the workflow has taken its subscription (a create workflow aborted before it built one). */
    public Optional<UUID> find(VariableScope scope) {
        DelegateExecution execution = executionOf(scope);
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(businessKey);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return subscriptions.isLinked(id, execution.getProcessInstanceId()) ? Optional.of(id) : Optional.empty();
    }

    /** For the steps that only run once the workflow has its subscription; anything else is a bug in the diagram. */
    public UUID get(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("process "
                + executionOf(scope).getProcessInstanceId() + " has not taken a subscription yet"));
    }

    private static DelegateExecution executionOf(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return execution;
        }
        if (scope instanceof DelegateTask task) {
            return task.getExecution();
        }
        throw new IllegalArgumentException("not an execution or a task: " + scope);
    }
}
