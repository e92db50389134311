package org.netorch.process.operations;

import java.util.List;
import java.util.UUID;

import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * The subscriptions a workflow instance works on: those it linked itself to when it took them. A business key alone
 * names none: one given at start is refused, and the steps that set it link the subscription in the same call.
 */
@Component
class ProcessSubscriptions {

    private final SubscriptionService subscriptions;

    ProcessSubscriptions(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    List<UUID> of(String processInstanceId) {
        return subscriptions.linkedTo(processInstanceId).stream().distinct().toList();
    }

    /** The instances that linked themselves to the subscription. */
    List<String> instancesOf(UUID subscriptionId) {
        return subscriptions.processesLinkedTo(subscriptionId).stream().distinct().toList();
    }
}
