package org.netorch.subscription;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * Aggregate root: one product instance for one customer. Every change goes through a method that takes an
 * {@link AuditContext} and leaves one {@link SubscriptionEvent} per field whose value actually changed.
 */
// Persisted, not merged, when new (see AssignedIdEntity): merging a new subscription would also merge its new blocks,
// which Hibernate then takes for deleted rows.
@Entity
@Table(name = "subscription")
public class Subscription extends AssignedIdEntity<UUID> {

    public static final String CREATED = "created";
    public static final String STATUS = "status";
    public static final String INSYNC = "insync";
    public static final String DESCRIPTION = "description";
    public static final String NOTE = "note";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    /** The value of a block's own audit event when the subscription first gets it. */
    public static final String BLOCK_ATTACHED = "attached";
    public static final String ORPHAN = "orphan";
    public static final String NETBOX_DUPLICATE = "netbox_duplicate";
    public static final String SKIPPED_STEP = "skipped_step";
    public static final String PROCESS_VERSION = "process_version";
    /** Audit field of a difference a validation found: {@code drift.<field>}, old value expected, new value found. */
    public static final String DRIFT_PREFIX = "drift.";
    /**
     * The fields {@link #restoreAfterAbort} puts back, with the modifiable fields of the product's blocks; linking a
     * process only records that it ran.
     */
    private static final Set<String> RESTORABLE = Set.of(STATUS, INSYNC, SubscriptionService.PROCESS);

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "customer_id")
    private String customerId;

    private String description;

    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;

    private boolean insync;

    @Column(name = "start_date")
    private Instant startDate;

    @Column(name = "end_date")
    private Instant endDate;

    private String note;

    @Version
    private Long version;

    @Column(name = "created_at")
    private Instant createdAt;

    // block name -> JSON document (BlockDocuments); a change replaces the document and bumps the version
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_block", joinColumns = @JoinColumn(name = "subscription_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "content", length = 20_000)
    private Map<String, String> blocks = new HashMap<>();

    @Transient
    private final Map<String, Record> readBlocks = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "resource_claim", joinColumns = @JoinColumn(name = "subscription_id"))
    private Set<ResourceClaim> claims = new HashSet<>();

    // what this subscription depends on (a circuit's nodes): "cannot terminate while dependants live" reads it
    @ElementCollection
    @CollectionTable(name = "subscription_dependency", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "depends_on_id")
    private Set<UUID> dependsOn = new HashSet<>();

    // The event owns the link, so recording one only queues its insert and never reads the trail; the lock option
    // still makes each event, even for a block field, bump the version: two processes changing one subscription
    // never both win. Read the trail through SubscriptionEventRepository.
    @OneToMany(mappedBy = "subscription", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OptimisticLock(excluded = false)
    private List<SubscriptionEvent> events = new ArrayList<>();

    protected Subscription() {
    }

    private Subscription(Product product, String customerId, String description, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.product = product;
        this.customerId = customerId;
        this.description = description;
        this.status = SubscriptionStatus.INITIAL;
        this.insync = false;
        this.createdAt = createdAt;
    }

    public static Subscription create(Product product, String customerId, String description, AuditContext ctx,
                                      Clock clock) {
        Objects.requireNonNull(product, "product");
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank");
        }
        Subscription subscription = new Subscription(product, customerId, requireDescription(description),
                now(clock));
        subscription.events.add(new SubscriptionEvent(subscription, ctx, CREATED, null, product.name()));
        return subscription;
    }

    public void transitionTo(SubscriptionStatus target, AuditContext ctx, Clock clock) {
        Lifecycle.check(this, target);
        record(STATUS, status, target, ctx);
        status = target;
        if (target == SubscriptionStatus.ACTIVE && startDate == null) {
            Instant now = now(clock);
            record(START_DATE, null, now, ctx);
            startDate = now;
        }
        if (target == SubscriptionStatus.TERMINATED) {
            Instant now = now(clock);
            record(END_DATE, endDate, now, ctx);
            endDate = now;
            releaseClaims(ctx);
        }
    }

    public void markInSync(AuditContext ctx) {
        record(INSYNC, insync, true, ctx);
        insync = true;
    }

    public void markOutOfSync(AuditContext ctx) {
        record(INSYNC, insync, false, ctx);
        insync = false;
    }

    /**
     * A workflow that worked on this subscription was aborted. The workflow that was creating it leaves it
     * TERMINATED with the note, which frees its device or ports; any other leaves a live subscription out of sync for
     * an operator to resolve. A TERMINATED subscription stays as it is.
     *
     * @param creatingIt whether the aborted workflow is the one that creates this subscription
     */
    public void abandonedByWorkflow(boolean creatingIt, String note, AuditContext ctx, Clock clock) {
        if (status == SubscriptionStatus.TERMINATED) {
            return;
        }
        boolean beingCreated = status == SubscriptionStatus.INITIAL || status == SubscriptionStatus.PROVISIONING;
        if (creatingIt && beingCreated) {
            transitionTo(SubscriptionStatus.TERMINATED, ctx, clock);
            annotate(note, ctx);
        } else if (insync) {
            markOutOfSync(ctx);
        }
    }

    /**
     * Undoes what an aborted workflow recorded on this subscription, each event carrying the abort note as its
     * reason: the maintenance mode goes back to its value before the workflow, a subscription it moved from ACTIVE is
     * ACTIVE again, and one it took out of sync is in sync again, as the workflow changed nothing outside the
     * orchestrator. When the workflow changed a field that cannot be put back so, the subscription is only left out
     * of sync for an operator. A TERMINATED subscription stays as it is.
     *
     * @param changes the events the aborted workflow recorded on this subscription, oldest first
     */
    public void restoreAfterAbort(List<SubscriptionEvent> changes, String note, AuditContext ctx, Clock clock) {
        if (status == SubscriptionStatus.TERMINATED) {
            return;
        }
        Map<String, String> before = new LinkedHashMap<>();
        changes.forEach(change -> before.putIfAbsent(change.field(), change.oldValue()));
        if (!before.keySet().stream().allMatch(field -> RESTORABLE.contains(field) || modifiable(field))) {
            abandonedByWorkflow(false, note, ctx, clock);
            return;
        }
        AuditContext aborted = ctx.because(note.length() > AuditContext.MAX_REASON_LENGTH
                ? note.substring(0, AuditContext.MAX_REASON_LENGTH) : note);
        before.forEach((field, oldValue) -> restoreBlockField(field, oldValue, aborted));
        if (SubscriptionStatus.ACTIVE.name().equals(before.get(STATUS)) && status != SubscriptionStatus.ACTIVE) {
            transitionTo(SubscriptionStatus.ACTIVE, aborted, clock);
        }
        if (Boolean.parseBoolean(before.get(INSYNC))) {
            markInSync(aborted);
        }
    }

    /** The insync lock that modify and terminate workflows take before they change anything. */
    public void lock(AuditContext ctx) {
        if (!insync) {
            throw new SubscriptionOutOfSyncException(id);
        }
        markOutOfSync(ctx);
    }

    /**
     * The lock terminate takes. An orphan that a cancelled workflow left out of sync is taken as it is, with an event
     * saying so; either way an event is recorded, which bumps the version, so two workflows taking one subscription at
     * once never both win.
     */
    public void lockForTermination(AuditContext ctx) {
        if (insync) {
            markOutOfSync(ctx);
        } else {
            record(ORPHAN, null, "taken for termination while " + status, ctx);
        }
    }

    /**
     * An operator's "set in sync" once no workflow works on the subscription: one that was ACTIVE before and that a
     * failed or cancelled modify left PROVISIONING is ACTIVE again.
     */
    public void resync(AuditContext ctx, Clock clock) {
        if (status == SubscriptionStatus.PROVISIONING && wasActive()) {
            transitionTo(SubscriptionStatus.ACTIVE, ctx, clock);
        }
        markInSync(ctx);
    }

    /** True once the subscription has been ACTIVE at least once (it then has a start date). */
    public boolean wasActive() {
        return startDate != null;
    }

    public void describe(String newDescription, AuditContext ctx) {
        requireDescription(newDescription);
        record(DESCRIPTION, description, newDescription, ctx);
        description = newDescription;
    }

    public void annotate(String newNote, AuditContext ctx) {
        record(NOTE, note, newNote, ctx);
        note = newNote;
    }

    /**
     * A NetBox object that carried this subscription's marker for a purpose another object already serves (a write
     * that landed after its retry had made the same) was deleted, or found deleted.
     */
    public void recordDuplicateRemoved(String duplicate, String outcome, AuditContext ctx) {
        record(NETBOX_DUPLICATE, duplicate, outcome, ctx);
    }

    /**
     * An operator moved a workflow of this subscription past one of its steps without running it, confirming what was
     * done by hand instead; the context names the step and carries the operator's reason.
     */
    public void recordStepSkipped(String confirmedByHand, AuditContext ctx) {
        events.add(new SubscriptionEvent(this, ctx, SKIPPED_STEP, null, confirmedByHand));
    }

    /** A workflow of this subscription moves to another version of its diagram, each named {@code <key> v<n>}. */
    public void recordProcessMigrated(String fromVersion, String toVersion, AuditContext ctx) {
        record(PROCESS_VERSION, fromVersion, toVersion, ctx);
    }

    /**
     * Records a difference a validation found as an audit event of its own, even when the same difference was found
     * before: each validation's findings stand in the trail.
     */
    public void recordDrift(Drift drift, AuditContext ctx) {
        events.add(new SubscriptionEvent(this, ctx, DRIFT_PREFIX + drift.field(), drift.expected(), drift.found()));
    }

    /** The block read as this record type; empty when the subscription has none, or its product no such block. */
    public <B extends Record> Optional<B> block(Class<B> type) {
        Optional<ProductDeclaration.Block> declared = declaration().blockOf(type);
        String content = declared.map(block -> blocks.get(block.name())).orElse(null);
        if (content == null) {
            return Optional.empty();
        }
        return Optional.of(type.cast(readBlocks.computeIfAbsent(declared.get().name(),
                name -> BlockDocuments.read(content, type))));
    }

    /**
     * Replaces a block with a new record. One audit event is recorded per declared field whose value changed, in the
     * declaration's order, and one for the block itself when it is new; the claims and dependencies the product
     * declares on those fields follow.
     */
    public <B extends Record> void update(B block, AuditContext ctx) {
        requireChangeable();
        ProductDeclaration.Block declared = declaredBlock(block.getClass());
        Map<String, Object> before = BlockDocuments.values(declared.name(),
                block(block.getClass()).orElse(null));
        Map<String, Object> after = BlockDocuments.values(declared.name(), block);
        if (!blocks.containsKey(declared.name())) {
            record(declared.name(), null, BLOCK_ATTACHED, ctx);
        }
        declared.fields().forEach(field -> record(field.name(), before.get(field.name()),
                after.get(field.name()), ctx));
        blocks.put(declared.name(), BlockDocuments.write(block));
        readBlocks.put(declared.name(), block);
        ProductDeclaration declaration = declaration();
        for (ProductDeclaration.Claim claim : declaration.claims()) {
            Object held = after.get(claim.field());
            if (held != null && !held.equals(before.get(claim.field()))) {
                claim(claim.kind(), held.toString(), claim.recordedAs(), ctx);
            }
        }
        for (ProductDeclaration.Dependency dependency : declaration.dependsOn()) {
            Object dependsOnId = after.get(dependency.field());
            if (dependsOnId != null) {
                dependsOn.add(UUID.fromString(dependsOnId.toString()));
            }
        }
    }

    /** Each block the subscription has, as its stored document, by name, in the order the product declares them. */
    public Map<String, String> blockDocuments() {
        Map<String, String> documents = new LinkedHashMap<>();
        declaration().blocks().stream().filter(block -> blocks.containsKey(block.name()))
                .forEach(block -> documents.put(block.name(), blocks.get(block.name())));
        return documents;
    }

    /** The values of the block the product declares by this name, by audit field; empty when it has no such block. */
    public Optional<Map<String, Object>> blockValues(String blockName) {
        return declaration().blocks().stream().filter(block -> block.name().equals(blockName)).findFirst()
                .flatMap(declared -> block(declared.type()))
                .map(block -> BlockDocuments.values(blockName, block));
    }

    private void restoreBlockField(String field, String oldValue, AuditContext ctx) {
        for (ProductDeclaration.Block declared : declaration().blocks()) {
            Optional<ProductDeclaration.Field> restorable = declared.field(field)
                    .filter(ProductDeclaration.Field::modifiable);
            if (restorable.isPresent()) {
                Record current = block(declared.type()).orElseThrow();
                update(BlockDocuments.with(current, declared.name(), field, oldValue, restorable.get().type()), ctx);
            }
        }
    }

    private boolean modifiable(String field) {
        return declaration().fields().stream()
                .anyMatch(declared -> declared.modifiable() && declared.name().equals(field));
    }

    private ProductDeclaration declaration() {
        return ProductCatalog.ofType(product.productType()).orElseThrow(() -> new IllegalStateException(
                "product type " + product.productType() + " is not declared"));
    }

    private ProductDeclaration.Block declaredBlock(Class<? extends Record> type) {
        return declaration().blockOf(type).orElseThrow(() -> new IllegalStateException(
                "subscription " + id + " is a " + product.name() + ", which has no " + type.getSimpleName()));
    }

    /**
     * Holds the resource for this subscription until it is TERMINATED; a live subscription of any product that holds
     * it already makes the insert fail when the transaction commits.
     */
    private void claim(String kind, String resourceKey, String recordedAs, AuditContext ctx) {
        Optional<ResourceClaim> held = claimRecordedAs(recordedAs);
        held.ifPresent(claims::remove);
        record(recordedAs, held.map(ResourceClaim::resourceKey).orElse(null), resourceKey, ctx);
        claims.add(new ResourceClaim(kind, resourceKey, recordedAs));
    }

    /** The id of the resource held under this audit field; null when none is (always, once TERMINATED). */
    public Long claimedId(String recordedAs) {
        return claimRecordedAs(recordedAs).map(claim -> Long.valueOf(claim.resourceKey())).orElse(null);
    }

    private Optional<ResourceClaim> claimRecordedAs(String recordedAs) {
        return claims.stream().filter(claim -> claim.recordedAs().equals(recordedAs)).findFirst();
    }

    private void releaseClaims(AuditContext ctx) {
        claims.stream().sorted(Comparator.comparing(ResourceClaim::recordedAs))
                .forEach(claim -> record(claim.recordedAs(), claim.resourceKey(), null, ctx));
        claims.clear();
    }

    /** The resources this subscription holds: none once it is TERMINATED. */
    public Set<ResourceClaim> claims() {
        return Set.copyOf(claims);
    }

    public Set<UUID> dependsOn() {
        return Set.copyOf(dependsOn);
    }

    void record(String field, Object oldValue, Object newValue, AuditContext ctx) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            events.add(new SubscriptionEvent(this, ctx, field, before, after));
        }
    }

    void requireChangeable() {
        if (status == SubscriptionStatus.TERMINATED) {
            throw new IllegalStateException("subscription " + id + " is TERMINATED and can no longer change");
        }
    }

    List<SubscriptionEvent> events() {
        return Collections.unmodifiableList(events);
    }

    private static String requireDescription(String description) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        return description;
    }

    // PostgreSQL keeps microseconds; truncating keeps loaded and in-memory values equal.
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public String customerId() {
        return customerId;
    }

    public String description() {
        return description;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public boolean insync() {
        return insync;
    }

    /** When the subscription first became ACTIVE; null before that. */
    public Instant startDate() {
        return startDate;
    }

    /** When the subscription was TERMINATED; null before that. */
    public Instant endDate() {
        return endDate;
    }

    public String note() {
        return note;
    }

    /** The optimistic-lock version; 0 until first stored. */
    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Subscription " + id + " (" + product + ", " + status + ")";
    }
}
