package org.netorch.process.operations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** The subscriptions a workflow instance works on: those it linked, and the one its business key names. */
@Component
class ProcessSubscriptions {

    private final SubscriptionService subscriptions;

    ProcessSubscriptions(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    List<UUID> of(String processInstanceId, String businessKey) {
        Set<UUID> ids = new LinkedHashSet<>(subscriptions.linkedTo(processInstanceId));
        asUuid(businessKey).filter(subscriptions::exists).ifPresent(ids::add);
        return List.copyOf(ids);
    }

    /** The instances that linked themselves to the subscription (not those that only carry it as business key). */
    List<String> instancesOf(UUID subscriptionId) {
        return subscriptions.processesLinkedTo(subscriptionId).stream().distinct().toList();
    }

    private static Optional<UUID> asUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
