package org.netorch.process.shared;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_lockSubscription (modify_circuit, validate_node, validate_circuit): takes the insync lock of the
 * subscription and makes it the business key, or ends at "subscription busy" when it is no longer an ACTIVE, in-sync
 * subscription of the input parameter {@code product_type} (taken since it was chosen, or never one). A concurrent
 * lock fails this job as an optimistic-locking failure; its retry then ends at "busy".
 */
@Component
class LockSubscriptionDelegate implements JavaDelegate {

    /** Caught by the diagrams' boundary event, which ends at "subscription busy". */
    static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    private final SubscriptionService subscriptions;
    private final ActiveInSyncSubscriptions eligible;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    LockSubscriptionDelegate(SubscriptionService subscriptions, ActiveInSyncSubscriptions eligible,
            ProcessAudit audit,
            OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.eligible = eligible;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID subscriptionId = SubscriptionChoice.chosen(execution);
        String productType = ProcessVariables.productTypeParameter(execution);
        eligible.refusal(subscriptionId, productType).ifPresent(refusal -> {
            throw new BpmnError(ERROR_SUBSCRIPTION_BUSY, refusal.reason());
        });
        subscriptions.lock(subscriptionId, audit.of(execution));
        own.take(execution, subscriptionId);
    }
}
