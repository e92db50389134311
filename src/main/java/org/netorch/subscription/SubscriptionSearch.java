package org.netorch.subscription;

/** Filters of the subscription list; a null filter matches everything. */
public record SubscriptionSearch(String productName, SubscriptionStatus status, String text) {

    public static SubscriptionSearch all() {
        return new SubscriptionSearch(null, null, null);
    }
}
