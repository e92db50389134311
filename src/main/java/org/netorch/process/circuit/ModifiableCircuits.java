package org.netorch.process.circuit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionNotFoundException;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * Which circuits modify_circuit may work on: ACTIVE and in sync. The choice task, its completion check, the API's
 * start check and the lock step all ask here.
 */
@Component
class ModifiableCircuits {

    private final SubscriptionRepository repository;
    private final SubscriptionService subscriptions;

    ModifiableCircuits(SubscriptionRepository repository, SubscriptionService subscriptions) {
        this.repository = repository;
        this.subscriptions = subscriptions;
    }

    List<Subscription> all() {
        return repository.findByProductTypeAndStatusIn(Product.TYPE_CIRCUIT, Set.of(SubscriptionStatus.ACTIVE))
                .stream()
                .filter(Subscription::insync)
                .toList();
    }

    /** Why the subscription given by this id may not be modified now, or null when it may. */
    Refusal refusal(Object subscriptionId) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(subscriptionId).trim());
        } catch (IllegalArgumentException e) {
            return Refusal.invalid("'" + subscriptionId + "' is not a subscription id (a UUID)");
        }
        Subscription subscription;
        try {
            subscription = subscriptions.get(id);
        } catch (SubscriptionNotFoundException e) {
            return Refusal.invalid("no subscription " + id);
        }
        return refusal(subscription);
    }

    Refusal refusal(Subscription subscription) {
        if (!subscription.product().isCircuit()) {
            return Refusal.invalid("subscription " + subscription.id() + " is a " + subscription.product().name()
                    + ", not a circuit");
        }
        if (subscription.status() != SubscriptionStatus.ACTIVE) {
            return Refusal.conflict("circuit " + subscription.id() + " is " + subscription.status()
                    + ", not ACTIVE");
        }
        if (!subscription.insync()) {
            return Refusal.conflict("circuit " + subscription.id()
                    + " is out of sync: a process is working on it or one failed; an operator must set it in sync first");
        }
        return null;
    }

    /** {@code conflict}: the input is well-formed, but the circuit's current state refuses it (our API's 409). */
    record Refusal(String reason, boolean conflict) {

        static Refusal invalid(String reason) {
            return new Refusal(reason, false);
        }

        static Refusal conflict(String reason) {
            return new Refusal(reason, true);
        }
    }
}
