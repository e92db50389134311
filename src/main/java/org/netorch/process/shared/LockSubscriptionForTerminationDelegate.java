package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_lockSubscriptionForTermination (terminate_circuit, terminate_node): takes the subscription for this
 * workflow and makes it the business key, or throws {@code SUBSCRIPTION_BUSY} when it may no longer be terminated;
 * the input parameter {@code product_type} names the product the diagram terminates.
 */
@Component
class LockSubscriptionForTerminationDelegate implements JavaDelegate {

    /** Caught by the diagrams' boundary event, which ends at "subscription busy". */
    static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    private final SubscriptionService subscriptions;
    private final TerminableSubscriptions terminable;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    LockSubscriptionForTerminationDelegate(SubscriptionService subscriptions, TerminableSubscriptions terminable,
            ProcessAudit audit,
            OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.terminable = terminable;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String productType = ProcessVariables.productTypeParameter(execution);
        Subscription subscription = subscriptions.get(SubscriptionChoice.chosen(execution));
        terminable.refusal(subscription, productType, execution.getProcessInstanceId()).ifPresent(refusal -> {
            throw new BpmnError(ERROR_SUBSCRIPTION_BUSY, refusal.reason());
        });
        // a concurrent lock fails inside this call, as this job's failure; its retry then ends at "busy"
        subscriptions.lockForTermination(subscription.id(), audit.of(execution));
        own.take(execution, subscription.id());
    }
}
