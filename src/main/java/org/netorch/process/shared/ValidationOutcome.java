package org.netorch.process.shared;

/**
 * The end events every product's validate workflow has, so that validate_subscriptions can call any of them by key
 * and count how each ended without knowing the product.
 */
public final class ValidationOutcome {

    public static final String END_IN_SYNC = "endEvent_inSync";
    public static final String END_DRIFT_FOUND = "endEvent_driftFound";
    /** Taken by another workflow after the run read its page: refused by the lock step. */
    public static final String END_SUBSCRIPTION_BUSY = "endEvent_subscriptionBusy";
    /** Taken by another workflow after the run read its page: refused by the first step. */
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    private ValidationOutcome() {
    }
}
