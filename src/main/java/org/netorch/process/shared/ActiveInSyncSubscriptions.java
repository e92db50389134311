package org.netorch.process.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * Which subscriptions a workflow that works on a live subscription may take (modify_circuit, validate_node,
 * validate_circuit): ACTIVE and in sync, of the diagram's product type. The choice tasks, their completion checks, the
 * API's start checks and the lock step all ask here.
 */
@Component
public class ActiveInSyncSubscriptions {

    private final SubscriptionService subscriptions;

    ActiveInSyncSubscriptions(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Every one of the product type, oldest first. */
    public List<Subscription> all(String productType) {
        return subscriptions.activeInSync(productType);
    }

    /** Why the subscription given by this id (as given: any type) may not be taken now, if it may not. */
    public Optional<Refusal> refusal(Object subscriptionId, String productType) {
        return GivenSubscription.refusal(subscriptionId, subscriptions,
                subscription -> refusal(subscription, productType));
    }

    /**
     * A choice task's completion check: the subscription chosen must still be one; else the task stays open with a
     * message naming {@code subscription_id}.
     */
    public void checkChoice(DelegateTask task, String productType) {
        SubscriptionChoice.check(task, "choose a " + productType.toLowerCase(Locale.ROOT),
                chosen -> refusal(chosen, productType));
    }

    public Optional<Refusal> refusal(Subscription subscription, String productType) {
        String type = productType.toLowerCase(Locale.ROOT);
        if (!subscription.product().productType().equals(productType)) {
            return Optional.of(Refusal.invalid("subscription " + subscription.id() + " is a "
                    + subscription.product().name() + ", not a " + type));
        }
        if (subscription.status() != SubscriptionStatus.ACTIVE) {
            return Optional.of(Refusal.conflict(type + " " + subscription.id() + " is " + subscription.status()
                    + ", not ACTIVE"));
        }
        if (!subscription.insync()) {
            return Optional.of(Refusal.conflict(type + " " + subscription.id() + " is out of sync: a process is "
                    + "working on it or one failed; an operator must set it in sync first"));
        }
        return Optional.empty();
    }
}
