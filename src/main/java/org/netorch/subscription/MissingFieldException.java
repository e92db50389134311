package org.netorch.subscription;

/** A transition was refused because a field that the target status requires has no value. */
public class MissingFieldException extends RuntimeException {

    private final String field;
    private final SubscriptionStatus target;

    MissingFieldException(String field, SubscriptionStatus target) {
        super(field + " is required for " + target);
        this.field = field;
        this.target = target;
    }

    public String field() {
        return field;
    }

    public SubscriptionStatus target() {
        return target;
    }
}
