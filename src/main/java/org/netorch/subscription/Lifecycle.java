package org.netorch.subscription;

import static org.netorch.subscription.SubscriptionStatus.ACTIVE;
import static org.netorch.subscription.SubscriptionStatus.INITIAL;
import static org.netorch.subscription.SubscriptionStatus.PROVISIONING;
import static org.netorch.subscription.SubscriptionStatus.TERMINATED;

import java.util.EnumSet;
import java.util.List;
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

    /**
     * The first field, in the order the product declares them, that {@code target} requires and the subscription
     * lacks; a required block the subscription does not have at all is named by the block's name.
     */
    public static Optional<String> missingField(Subscription subscription, SubscriptionStatus target) {
        Optional<ProductDeclaration> declaration = ProductCatalog.ofType(subscription.product().productType());
        if (declaration.isEmpty()) {
            return Optional.empty();
        }
        for (ProductDeclaration.Block block : declaration.get().blocks()) {
            List<ProductDeclaration.Field> required = block.fields().stream()
                    .filter(field -> field.requiredIn(target)).toList();
            if (required.isEmpty()) {
                continue;
            }
            Optional<Map<String, Object>> values = subscription.blockValues(block.name());
            if (values.isEmpty()) {
                return Optional.of(block.name());
            }
            Optional<String> missing = required.stream().map(ProductDeclaration.Field::name)
                    .filter(name -> values.get().get(name) == null).findFirst();
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
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
