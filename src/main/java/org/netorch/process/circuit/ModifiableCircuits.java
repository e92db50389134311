package org.netorch.process.circuit;

import java.util.List;
import java.util.Optional;

import org.netorch.process.shared.GivenSubscription;
import org.netorch.process.shared.Refusal;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * Which circuits modify_circuit may work on: ACTIVE and in sync. The choice task, its completion check, the API's
 * start check and the lock step all ask here.
 */
@Component
class ModifiableCircuits {

    private final SubscriptionService subscriptions;

    ModifiableCircuits(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    List<Subscription> all() {
        return subscriptions.activeInSync(Product.TYPE_CIRCUIT);
    }

    /** Why the subscription given by this id may not be modified now, if it may not. */
    Optional<Refusal> refusal(Object subscriptionId) {
        return GivenSubscription.refusal(subscriptionId, subscriptions, this::refusal);
    }

    Optional<Refusal> refusal(Subscription subscription) {
        if (!subscription.product().isCircuit()) {
            return Optional.of(Refusal.invalid("subscription " + subscription.id() + " is a "
                    + subscription.product().name() + ", not a circuit"));
        }
        if (subscription.status() != SubscriptionStatus.ACTIVE) {
            return Optional.of(Refusal.conflict("circuit " + subscription.id() + " is " + subscription.status()
                    + ", not ACTIVE"));
        }
        if (!subscription.insync()) {
            return Optional.of(Refusal.conflict("circuit " + subscription.id()
                    + " is out of sync: a process is working on it or one failed; an operator must set it in sync first"));
        }
        return Optional.empty();
    }
}
