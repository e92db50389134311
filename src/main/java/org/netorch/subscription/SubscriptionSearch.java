package org.netorch.subscription;

/** Filters of the subscription list; a null filter matches everything. */
public record SubscriptionSearch(String productName, SubscriptionStatus status, String text, Boolean insync) {

    public SubscriptionSearch(String productName, SubscriptionStatus status, String text) {
        this(productName, status, text, null);
    }

    public static SubscriptionSearch all() {
        return new SubscriptionSearch(null, null, null, null);
    }
}
