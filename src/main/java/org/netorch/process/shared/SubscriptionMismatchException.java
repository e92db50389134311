package org.netorch.process.shared;

import java.util.UUID;

/** A step found a {@code subscription_id} that differs from the subscription its process works on (its business key). */
public class SubscriptionMismatchException extends IllegalStateException {

    SubscriptionMismatchException(UUID variable, String businessKey) {
        super(ProcessVariables.SUBSCRIPTION_ID + " is " + variable + " but this process works on subscription "
                + businessKey + " (its business key); a changed " + ProcessVariables.SUBSCRIPTION_ID + " is refused");
    }
}
