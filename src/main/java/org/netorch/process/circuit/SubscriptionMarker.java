package org.netorch.process.circuit;

import java.util.UUID;

/**
 * The tag every NetBox object we create carries at the end of its description (DESIGN §8): NetBox has no
 * idempotency key, so a retried step finds its earlier work by this text.
 */
final class SubscriptionMarker {

    private SubscriptionMarker() {
    }

    static String describe(String text, UUID subscriptionId) {
        return text + " [subscription " + subscriptionId + "]";
    }

    /** True when the description ends in, or anywhere holds, this subscription's marker. */
    static boolean carries(String description, UUID subscriptionId) {
        return description != null && description.contains(describe("", subscriptionId).trim());
    }

    /** The short id used as cable label. */
    static String shortId(UUID subscriptionId) {
        return subscriptionId.toString().substring(0, 8);
    }
}
