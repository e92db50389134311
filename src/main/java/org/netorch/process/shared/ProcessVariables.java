package org.netorch.process.shared;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of the variables every workflow shares. Tasklist submits select values as untyped strings and turns a
 * Long into an Integer, so ids are parsed here, in one place, whatever type they arrive in.
 */
public final class ProcessVariables {

    public static final String SUBSCRIPTION_ID = "subscription_id";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String STARTED_BY = "started_by";
    public static final String CONFIG_TEXT = "config_text";
    public static final String CONFIG_APPLIED = "config_applied";

    private ProcessVariables() {
    }

    public static UUID subscriptionId(VariableScope scope) {
        return UUID.fromString(required(scope, SUBSCRIPTION_ID).toString());
    }

    public static long id(VariableScope scope, String name) {
        return parseId(name, required(scope, name));
    }

    public static long parseId(String name, Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("variable " + name + " is not an id: '" + value + "'", e);
        }
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static Object required(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("variable " + name + " is missing");
        }
        return value;
    }
}
