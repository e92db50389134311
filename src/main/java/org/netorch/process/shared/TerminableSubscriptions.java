package org.netorch.process.shared;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * Which subscriptions terminate_circuit and terminate_node may take: ACTIVE and in sync, or an orphan (INITIAL or
 * PROVISIONING, whatever its in-sync flag) that no workflow works on any more, e.g. after Cockpit's Cancel; a node
 * only while no live circuit sits on it. The choice tasks, their checks, the API's start checks and the lock ask here.
 */
@Component
public class TerminableSubscriptions {

    private static final Set<SubscriptionStatus> LIVE = EnumSet.of(SubscriptionStatus.INITIAL,
            SubscriptionStatus.PROVISIONING, SubscriptionStatus.ACTIVE);

    private final SubscriptionService subscriptions;
    private final RuntimeService runtimeService;

    TerminableSubscriptions(SubscriptionService subscriptions, RuntimeService runtimeService) {
        this.subscriptions = subscriptions;
        this.runtimeService = runtimeService;
    }

    /** Every subscription of the product type that may be terminated now, oldest first. */
    public List<Subscription> all(String productType) {
        return subscriptions.withProductType(productType, LIVE).stream()
                .filter(subscription -> refusal(subscription, productType, null).isEmpty())
                .toList();
    }

    /** Why the subscription with this id (as given: any type) may not be terminated, if it may not. */
    public Optional<Refusal> refusal(Object subscriptionId, String productType) {
        return GivenSubscription.refusal(subscriptionId, subscriptions,
                subscription -> refusal(subscription, productType, null));
    }

    /** @param self the process instance asking, which does not count as another workflow working on it; may be null */
    public Optional<Refusal> refusal(Subscription subscription, String productType, String self) {
        String what = subscription.product().productType().toLowerCase() + " " + subscription.id();
        if (!subscription.product().productType().equals(productType)) {
            return Optional.of(Refusal.invalid("subscription " + subscription.id() + " is a "
                    + subscription.product().name() + ", not a " + productType));
        }
        if (subscription.status() == SubscriptionStatus.TERMINATED) {
            return Optional.of(Refusal.conflict(what + " is already TERMINATED"));
        }
        List<String> unfinished = unfinishedWorkflows(subscription.id(), self);
        if (!unfinished.isEmpty()) {
            return Optional.of(Refusal.conflict(what + " is still being worked on by process "
                    + String.join(", ", unfinished) + "; let it finish, retry it or abort it first"));
        }
        if (subscription.status() == SubscriptionStatus.ACTIVE && !subscription.insync()) {
            return Optional.of(Refusal.conflict(what + " is out of sync: a workflow failed on it; an operator must "
                    + "set it in sync first"));
        }
        List<Subscription> dependants = subscriptions.liveDependantsOf(subscription.id());
        if (!dependants.isEmpty()) {
            return Optional.of(Refusal.conflict(what + " still carries " + String.join(", ", dependants.stream()
                    .map(d -> d.product().productType().toLowerCase(Locale.ROOT) + " " + d.id() + " ("
                            + d.description() + ")").toList()) + "; terminate those first"));
        }
        return Optional.empty();
    }

    /** Running instances that took the subscription as their own (a business key alone names none). */
    private List<String> unfinishedWorkflows(UUID subscriptionId, String self) {
        Set<String> linked = new LinkedHashSet<>(subscriptions.processesLinkedTo(subscriptionId));
        Set<String> running = new LinkedHashSet<>();
        if (!linked.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(linked).list().stream()
                    .map(ProcessInstance::getId).forEach(running::add);
        }
        running.remove(self);
        return List.copyOf(running);
    }
}
