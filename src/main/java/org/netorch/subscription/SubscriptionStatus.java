package org.netorch.subscription;

public enum SubscriptionStatus {
    INITIAL, PROVISIONING, ACTIVE, TERMINATED
}
