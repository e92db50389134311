package org.netorch.subscription;

import java.util.Objects;

/** Who makes a change, through which channel, and in which workflow step if any. */
public record AuditContext(String actor, String via, String processInstanceId, String activityId) {

    public static final String SYSTEM = "system";

    public AuditContext {
        requireText(actor, "actor");
        requireText(via, "via");
    }

    public static AuditContext system() {
        return new AuditContext(SYSTEM, SYSTEM, null, null);
    }

    public static AuditContext user(String actor, String via) {
        return new AuditContext(actor, via, null, null);
    }

    public AuditContext withStep(String processInstanceId, String activityId) {
        return new AuditContext(actor, via, processInstanceId, activityId);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
