package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * serviceTask_listActiveSubscriptions (validate_node, validate_circuit): puts the ACTIVE, in-sync subscriptions of
 * the input parameter {@code product_type} into {@code subscription_options}.
 */
@Component
class ListActiveSubscriptionsDelegate implements JavaDelegate {

    private final ActiveInSyncSubscriptions eligible;

    ListActiveSubscriptionsDelegate(ActiveInSyncSubscriptions eligible) {
        this.eligible = eligible;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables.offerSubscriptions(execution, eligible.all(ProcessVariables.productTypeParameter(execution))
                .stream()
                .map(subscription -> new SelectOption(subscription.description(), subscription.id().toString()))
                .toList());
    }
}
