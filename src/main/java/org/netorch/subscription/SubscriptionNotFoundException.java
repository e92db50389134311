package org.netorch.subscription;

import java.util.UUID;

public class SubscriptionNotFoundException extends RuntimeException {

    private final UUID subscriptionId;

    SubscriptionNotFoundException(UUID subscriptionId) {
        super("subscription " + subscriptionId + " does not exist");
        this.subscriptionId = subscriptionId;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }
}
