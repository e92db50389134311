package org.netorch.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** Records that a workflow instance worked on a subscription ("store_process_subscription"). */
@Entity
@Table(name = "process_subscription")
@IdClass(ProcessLink.Key.class)
public class ProcessLink extends AssignedIdEntity<ProcessLink.Key> {

    @Id
    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Id
    @Column(name = "subscription_id")
    private UUID subscriptionId;

    @Column(name = "workflow_key")
    private String workflowKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ProcessLink() {
    }

    private ProcessLink(String processInstanceId, UUID subscriptionId, String workflowKey, Instant createdAt) {
        this.processInstanceId = processInstanceId;
        this.subscriptionId = subscriptionId;
        this.workflowKey = workflowKey;
        this.createdAt = createdAt;
    }

    public static ProcessLink link(UUID subscriptionId, String processInstanceId, String workflowKey, Clock clock) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(processInstanceId, "processInstanceId");
        Objects.requireNonNull(workflowKey, "workflowKey");
        return new ProcessLink(processInstanceId, subscriptionId, workflowKey,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public String workflowKey() {
        return workflowKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Key getId() {
        return new Key(processInstanceId, subscriptionId);
    }

    public static class Key implements Serializable {

        private String processInstanceId;
        private UUID subscriptionId;

        protected Key() {
        }

        public Key(String processInstanceId, UUID subscriptionId) {
            this.processInstanceId = processInstanceId;
            this.subscriptionId = subscriptionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(processInstanceId, key.processInstanceId)
                    && Objects.equals(subscriptionId, key.subscriptionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(processInstanceId, subscriptionId);
        }
    }
}
