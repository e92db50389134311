package org.netorch.subscription;

import java.util.Objects;

/**
 * Who makes a change, through which channel, in which workflow step if any, and why when a person said so (an
 * operator's reason for setting a subscription in sync); every event of the change carries the reason.
 */
public record AuditContext(String actor, String via, String processInstanceId, String activityId, String reason) {

    public static final String SYSTEM = "system";
    /** The width of the audit trail's reason column. */
    public static final int MAX_REASON_LENGTH = 1000;

    public AuditContext {
        requireText(actor, "actor");
        requireText(via, "via");
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON_LENGTH + " characters");
        }
    }

    public AuditContext(String actor, String via, String processInstanceId, String activityId) {
        this(actor, via, processInstanceId, activityId, null);
    }

    public static AuditContext system() {
        return new AuditContext(SYSTEM, SYSTEM, null, null);
    }

    public static AuditContext user(String actor, String via) {
        return new AuditContext(actor, via, null, null);
    }

    public AuditContext withStep(String processInstanceId, String activityId) {
        return new AuditContext(actor, via, processInstanceId, activityId, reason);
    }

    public AuditContext because(String reason) {
        return new AuditContext(actor, via, processInstanceId, activityId, reason);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
