package org.netorch.subscription;

import java.util.UUID;

/** A workflow wanted to lock a subscription that another process holds, or that a failed process left locked. */
public class SubscriptionOutOfSyncException extends RuntimeException {

    private final UUID subscriptionId;

    SubscriptionOutOfSyncException(UUID subscriptionId) {
        super("subscription " + subscriptionId
                + " is out of sync: a process is working on it or one failed; an operator must set it in sync first");
        this.subscriptionId = subscriptionId;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }
}
