package org.netorch.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One changed field of a subscription: the audit trail, written only by {@link Subscription}. */
@Entity
@Table(name = "subscription_event")
public class SubscriptionEvent {

    // Audit time is wall time; the Clock passed to lifecycle methods governs the subscription's own dates.
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "subscription_id", insertable = false, updatable = false)
    private UUID subscriptionId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    private String via;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "activity_id")
    private String activityId;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    protected SubscriptionEvent() {
    }

    SubscriptionEvent(Subscription subscription, AuditContext ctx, String field, String oldValue, String newValue) {
        this.subscription = subscription;
        this.subscriptionId = subscription.id();
        this.occurredAt = WALL_CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
        this.actor = ctx.actor();
        this.via = ctx.via();
        this.processInstanceId = ctx.processInstanceId();
        this.activityId = ctx.activityId();
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = ctx.reason();
    }

    public Long id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String via() {
        return via;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String activityId() {
        return activityId;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    /** Why a person made the change, when they said so; null for workflow steps. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return field + ": " + oldValue + " -> " + newValue + " by " + actor + " via " + via;
    }
}
