package org.netorch.subscription;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to the domain for workflows: creating subscriptions, changes that span repositories, and the questions
 * workflows ask of the store. Single-aggregate changes are made on the entity itself.
 */
@Service
@Transactional
public class SubscriptionService {

    public static final String PROCESS = "process";

    private final SubscriptionRepository subscriptions;
    private final ProductRepository products;
    private final ProcessLinkRepository processLinks;
    private final SubscriptionEventRepository events;
    private final Clock clock;
    // Products are seeded by migrations and never change while we run, so a name, once found, keeps its id.
    private final Map<String, UUID> productIds = new ConcurrentHashMap<>();

    SubscriptionService(SubscriptionRepository subscriptions, ProductRepository products,
                        ProcessLinkRepository processLinks, SubscriptionEventRepository events,
                        ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.products = products;
        this.processLinks = processLinks;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Subscription create(String productName, String customerId, String description, AuditContext ctx) {
        return subscriptions.save(Subscription.create(requireProduct(productName), customerId, description, ctx,
                clock));
    }

    /**
     * A new Node subscription holding the device. Flushed at once, so that losing a race for the device's unique
     * claim fails the caller here, not at commit.
     */
    public Subscription createNode(String customerId, long deviceId, String deviceName, String deviceStatus,
                                   AuditContext ctx) {
        return subscriptions.saveAndFlush(NodeProduct.newSubscription(requireProduct(Product.NODE), customerId, deviceId,
                deviceName, deviceStatus, ctx, clock));
    }

    /**
     * A new planned circuit under maintenance, claiming both ports. Flushed at once, so that losing a race for a
     * port's unique claim fails the caller here, not at commit.
     */
    public Subscription createCircuit(String productName, String customerId, PlannedEndpoint a, PlannedEndpoint b,
                                      AuditContext ctx) {
        return subscriptions.saveAndFlush(CircuitProduct.newSubscription(requireProduct(productName), customerId, a, b,
                ctx, clock));
    }

    @Transactional(readOnly = true)
    public Subscription get(UUID subscriptionId) {
        return subscriptions.findById(subscriptionId)
                .orElseThrow(() -> new SubscriptionNotFoundException(subscriptionId));
    }

    /**
     * The subscription as last committed, read in a transaction of its own: a detached copy, so the caller's
     * transaction holds none that {@link #recordDuplicateRemoved} would make stale.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Subscription committed(UUID subscriptionId) {
        return get(subscriptionId);
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> find(UUID subscriptionId) {
        return subscriptions.findById(subscriptionId);
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID subscriptionId) {
        return subscriptions.existsById(subscriptionId);
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

    /** Live subscriptions that depend on this one (a node's circuits): it may not end before them. */
    @Transactional(readOnly = true)
    public List<Subscription> liveDependantsOf(UUID subscriptionId) {
        return subscriptions.findLiveDependants(subscriptionId);
    }

    /**
     * Takes the subscription's insync lock. Flushed at once, so that a concurrent lock fails the caller here, as an
     * optimistic-locking failure, not at commit.
     */
    public Subscription lock(UUID subscriptionId, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        subscription.lock(ctx);
        subscriptions.flush();
        return subscription;
    }

    /** See {@link Subscription#abandonedByWorkflow}. */
    public void abandonedByWorkflow(UUID subscriptionId, boolean creatingIt, String note, AuditContext ctx) {
        get(subscriptionId).abandonedByWorkflow(creatingIt, note, ctx, clock);
    }

    /**
     * A workflow that changes an existing subscription without writing to NetBox was aborted: what it recorded on the
     * subscription is put back. See {@link Subscription#restoreAfterAbort}.
     */
    public void restoreAfterAbort(UUID subscriptionId, String processInstanceId, String note, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        subscription.restoreAfterAbort(events.findBySubscriptionIdAndProcessInstanceIdOrderByIdAsc(subscriptionId,
                processInstanceId), note, ctx, clock);
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

    /**
     * Records a deleted NetBox duplicate in a transaction of its own: NetBox cannot undo the delete when the step that
     * made it fails later, and its retry no longer finds the object, so the record must not roll back with the step.
     * The caller must not hold this subscription in its own transaction, or its copy is stale once this commits.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDuplicateRemoved(UUID subscriptionId, String duplicate, String outcome, AuditContext ctx) {
        get(subscriptionId).recordDuplicateRemoved(duplicate, outcome, ctx);
    }

    /** See {@link Subscription#recordStepSkipped}. */
    public void recordStepSkipped(UUID subscriptionId, String confirmedByHand, AuditContext ctx) {
        get(subscriptionId).recordStepSkipped(confirmedByHand, ctx);
    }

    /**
     * The process keeps its instance id when it moves to another version of its diagram, so its link stays as it is;
     * the move is recorded on the subscription.
     */
    public void recordProcessMigrated(UUID subscriptionId, String fromVersion, String toVersion, AuditContext ctx) {
        get(subscriptionId).recordProcessMigrated(fromVersion, toVersion, ctx);
    }

    /** Idempotent: a retried step that links the same process again changes nothing. */
    public void linkProcess(UUID subscriptionId, String processInstanceId, String workflowKey, AuditContext ctx) {
        if (processLinks.existsBySubscriptionIdAndProcessInstanceId(subscriptionId, processInstanceId)) {
            return;
        }
        Subscription subscription = get(subscriptionId);
        processLinks.save(ProcessLink.link(subscriptionId, processInstanceId, workflowKey, clock));
        subscription.record(PROCESS, null, workflowKey + " " + processInstanceId, ctx);
    }

    /** Whether the process instance linked itself to the subscription. */
    @Transactional(readOnly = true)
    public boolean isLinked(UUID subscriptionId, String processInstanceId) {
        return processLinks.existsBySubscriptionIdAndProcessInstanceId(subscriptionId, processInstanceId);
    }

    /** The subscriptions a process instance linked itself to, in the order it did. */
    @Transactional(readOnly = true)
    public List<UUID> linkedTo(String processInstanceId) {
        return processLinks.findByProcessInstanceIdOrderByCreatedAtAsc(processInstanceId).stream()
                .map(ProcessLink::subscriptionId).toList();
    }

    /** The process instances that ever linked themselves to the subscription, oldest first. */
    @Transactional(readOnly = true)
    public List<String> processesLinkedTo(UUID subscriptionId) {
        return processLinks.findBySubscriptionIdOrderByCreatedAtAscProcessInstanceIdAsc(subscriptionId).stream()
                .map(ProcessLink::processInstanceId).toList();
    }

    /** ACTIVE, in-sync subscriptions of a product type, oldest first: what a workflow may start working on. */
    @Transactional(readOnly = true)
    public List<Subscription> activeInSync(String productType) {
        return subscriptions.findByProductTypeAndStatusIn(productType, Set.of(SubscriptionStatus.ACTIVE)).stream()
                .filter(Subscription::insync).toList();
    }

    /**
     * One page of the ACTIVE, in-sync subscriptions of a product type, in id order: the first page when {@code after}
     * is null, else the page after that id. A walk page by page reads each subscription once however many there are.
     */
    @Transactional(readOnly = true)
    public List<UUID> activeInSyncIds(String productType, UUID after, int pageSize) {
        Pageable page = PageRequest.of(0, pageSize);
        return after == null ? subscriptions.findActiveInSyncIds(productType, page)
                : subscriptions.findActiveInSyncIdsAfter(productType, after, page);
    }

    /** Records each difference a validation found as an audit event of the subscription. */
    public void recordDrift(UUID subscriptionId, List<Drift> drift, AuditContext ctx) {
        Subscription subscription = get(subscriptionId);
        drift.forEach(difference -> subscription.recordDrift(difference, ctx));
    }

    /** The differences one validation process recorded on these subscriptions, in the order it found them. */
    @Transactional(readOnly = true)
    public List<Drift> driftRecordedBy(String processInstanceId, Collection<UUID> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return List.of();
        }
        return events.findBySubscriptionIdInAndProcessInstanceIdAndFieldStartingWithOrderByIdAsc(subscriptionIds,
                        processInstanceId, Subscription.DRIFT_PREFIX).stream()
                .map(event -> new Drift(event.field().substring(Subscription.DRIFT_PREFIX.length()),
                        event.oldValue(), event.newValue()))
                .toList();
    }

    /** The live subscription, of any product, holding this resource (e.g. a NetBox interface), if any. */
    @Transactional(readOnly = true)
    public Optional<Subscription> holderOf(String kind, long resourceId) {
        return subscriptions.findHolder(kind, Long.toString(resourceId));
    }

    /** The ids of every resource of this kind that a live subscription holds. */
    @Transactional(readOnly = true)
    public Set<Long> claimedIds(String kind) {
        return subscriptions.findClaimedKeys(kind).stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    /** The product of that name, found by its id once its name was looked up (see {@link #productIds}). */
    @Transactional(readOnly = true)
    public Optional<Product> product(String name) {
        UUID known = productIds.get(name);
        if (known != null) {
            return products.findById(known);
        }
        Optional<Product> product = products.findByName(name);
        product.ifPresent(found -> productIds.put(name, found.id()));
        return product;
    }

    @Transactional(readOnly = true)
    public List<Product> products(String productType) {
        return products.findByProductTypeOrderByName(productType);
    }

    private Product requireProduct(String productName) {
        return product(productName).orElseThrow(() -> new IllegalArgumentException("unknown product " + productName));
    }
}
