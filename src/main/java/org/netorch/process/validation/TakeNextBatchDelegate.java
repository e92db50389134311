package org.netorch.process.validation;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_takeNextBatch: the next page of ACTIVE, in-sync subscriptions of the product type the run walks now
 * ({@code product_type}), after the last id of the page before, into {@code batch} and {@code batch_size}. Only the page is kept, never the whole list, so a run over thousands stays small.
 */
@Component
class TakeNextBatchDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ValidationProperties properties;

    TakeNextBatchDelegate(SubscriptionService subscriptions, ValidationProperties properties) {
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<UUID> batch = subscriptions.activeInSyncIds(ValidateSubscriptionsVariables.PRODUCT_TYPE.get(execution),
                ValidateSubscriptionsVariables.batchAfter(execution).orElse(null), properties.batchSize());
        ValidateSubscriptionsVariables.batch(execution, batch);
        if (batch.isEmpty()) {
            // this product's walk is over: the next product's starts from its first id
            ValidateSubscriptionsVariables.BATCH_AFTER.remove(execution);
        } else {
            ValidateSubscriptionsVariables.BATCH_AFTER.set(execution, batch.get(batch.size() - 1));
        }
    }
}
