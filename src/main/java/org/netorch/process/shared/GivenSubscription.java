package org.netorch.process.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;

/**
 * A subscription id as a caller or a form gave it: refused when it is no UUID or names no subscription, otherwise
 * judged by the workflow's own rule.
 */
public final class GivenSubscription {

    private GivenSubscription() {
    }

    public static Optional<Refusal> refusal(Object givenId, SubscriptionService subscriptions,
            Function<Subscription, Optional<Refusal>> rule) {
        Optional<UUID> id = SubscriptionChoice.parse(givenId);
        if (id.isEmpty()) {
            return Optional.of(Refusal.invalid("'" + givenId + "' is not a subscription id (a UUID)"));
        }
        return subscriptions.find(id.get()).map(rule)
                .orElseGet(() -> Optional.of(Refusal.invalid("no subscription " + id.get())));
    }
}
