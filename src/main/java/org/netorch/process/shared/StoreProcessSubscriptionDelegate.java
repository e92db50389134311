package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * serviceTask_storeProcessSubscription: the step before (construct or lock) took the subscription, which linked this
 * workflow to it in its audit trail ({@link OwnSubscription#take}) in this same transaction; this step fails unless
 * that link and the business key agree, so no later step can start on a subscription the workflow does not own.
 */
@Component
class StoreProcessSubscriptionDelegate implements JavaDelegate {

    private final OwnSubscription own;

    StoreProcessSubscriptionDelegate(OwnSubscription own) {
        this.own = own;
    }

    @Override
    public void execute(DelegateExecution execution) {
        own.get(execution);
    }
}
