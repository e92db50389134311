package org.netorch.subscription;

import java.util.UUID;

public class IllegalTransitionException extends RuntimeException {

    private final UUID subscriptionId;
    private final SubscriptionStatus from;
    private final SubscriptionStatus to;

    IllegalTransitionException(UUID subscriptionId, SubscriptionStatus from, SubscriptionStatus to) {
        super("cannot move subscription " + subscriptionId + " from " + from + " to " + to);
        this.subscriptionId = subscriptionId;
        this.from = from;
        this.to = to;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public SubscriptionStatus from() {
        return from;
    }

    public SubscriptionStatus to() {
        return to;
    }
}
