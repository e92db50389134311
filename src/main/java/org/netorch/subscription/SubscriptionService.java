package org.netorch.subscription;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operations that span repositories; single-aggregate changes are made on the entity itself. */
@Service
@Transactional
public class SubscriptionService {

    public static final String PROCESS = "process";

    private final SubscriptionRepository subscriptions;
    private final ProductRepository products;
    private final ProcessLinkRepository processLinks;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository subscriptions, ProductRepository products,
                        ProcessLinkRepository processLinks, ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.products = products;
        this.processLinks = processLinks;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Subscription create(String productName, String customerId, String description, AuditContext ctx) {
        Product product = products.findByName(productName)
                .orElseThrow(() -> new IllegalArgumentException("unknown product " + productName));
        return subscriptions.save(Subscription.create(product, customerId, description, ctx, clock));
    }

    @Transactional(readOnly = true)
    public Subscription get(UUID subscriptionId) {
        return subscriptions.findById(subscriptionId)
                .orElseThrow(() -> new SubscriptionNotFoundException(subscriptionId));
    }

    public Subscription transition(UUID subscriptionId, SubscriptionStatus target, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        subscription.transitionTo(target, ctx, clock);
        return subscription;
    }

    /** Subscriptions of one product type in any of the statuses, oldest first. */
    @Transactional(readOnly = true)
    public List<Subscription> withProductType(String productType, Collection<SubscriptionStatus> statuses) {
        return subscriptions.findByProductTypeAndStatusIn(productType, statuses);
    }

    /** Circuits that are not TERMINATED and have an end on this Node subscription. */
    @Transactional(readOnly = true)
    public List<Subscription> circuitsOnNode(UUID nodeSubscriptionId) {
        return subscriptions.findCircuitsOnNode(nodeSubscriptionId);
    }

    /** The process instances that recorded working on the subscription, oldest first. */
    @Transactional(readOnly = true)
    public List<String> processInstanceIds(UUID subscriptionId) {
        return processLinks.findBySubscriptionIdOrderByCreatedAtAscProcessInstanceIdAsc(subscriptionId).stream()
                .map(ProcessLink::processInstanceId)
                .toList();
    }

    /** Takes terminate's lock and writes it at once, so a concurrent lock fails here rather than at commit. */
    public Subscription lockForTermination(UUID subscriptionId, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        subscription.lockForTermination(ctx);
        subscriptions.flush();
        return subscription;
    }

    /** See {@link Subscription#resync}. */
    public Subscription resync(UUID subscriptionId, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        subscription.resync(ctx, clock);
        return subscription;
    }

    /** Idempotent: a retried step that links the same process again changes nothing. */
    public void linkProcess(UUID subscriptionId, String processInstanceId, String workflowKey, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        if (processLinks.existsBySubscriptionIdAndProcessInstanceId(subscriptionId, processInstanceId)) {
            return;
        }
        processLinks.save(ProcessLink.link(subscriptionId, processInstanceId, workflowKey, clock));
        subscription.record(PROCESS, null, workflowKey + " " + processInstanceId, ctx);
    }
}
