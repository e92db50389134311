package org.netorch.subscription;

import static org.netorch.subscription.SubscriptionStatus.ACTIVE;
import static org.netorch.subscription.SubscriptionStatus.INITIAL;
import static org.netorch.subscription.SubscriptionStatus.PROVISIONING;
import static org.netorch.subscription.SubscriptionStatus.TERMINATED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which status may follow which, and which fields a status needs before a subscription may enter it. */
public final class Lifecycle {

    private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> NEXT = Map.of(
            INITIAL, EnumSet.of(PROVISIONING, TERMINATED),
            PROVISIONING, EnumSet.of(ACTIVE, TERMINATED),
            ACTIVE, EnumSet.of(PROVISIONING, TERMINATED),
            TERMINATED, EnumSet.noneOf(SubscriptionStatus.class));

    private Lifecycle() {
    }

    public static boolean allows(SubscriptionStatus from, SubscriptionStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The first field, in a stable order, that {@code target} requires and the subscription lacks. */
    public static Optional<String> missingField(Subscription subscription, SubscriptionStatus target) {
        if (target != PROVISIONING && target != ACTIVE) {
            return Optional.empty();
        }
        Map<String, Object> required;
        if (subscription.product().isNode()) {
            if (subscription.node().isEmpty()) {
                return Optional.of("node");
            }
            required = subscription.node().get().requiredValues();
        } else if (subscription.product().isCircuit()) {
            if (subscription.circuit().isEmpty()) {
                return Optional.of("circuit");
            }
            required = subscription.circuit().get().requiredValues(target);
        } else {
            return Optional.empty();
        }
        return required.entrySet().stream()
                .filter(entry -> entry.getValue() == null)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static void check(Subscription subscription, SubscriptionStatus target) {
        if (!allows(subscription.status(), target)) {
            throw new IllegalTransitionException(subscription.id(), subscription.status(), target);
        }
        missingField(subscription, target).ifPresent(field -> {
            throw new MissingFieldException(field, target);
        });
    }
}
