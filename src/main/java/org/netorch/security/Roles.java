package org.netorch.security;

import java.util.Collection;

import org.springframework.stereotype.Component;

/** Which Camunda groups make a user an operator or an administrator of the orchestrator. */
@Component
public class Roles {

    public static final String VIEWERS = "network-viewers";
    public static final String OPERATORS = "network-operators";
    public static final String ADMINS = "orchestrator-admins";
    static final String CAMUNDA_ADMINS = "camunda-admin";

    public boolean mayOperate(Collection<String> groups) {
        return groups.contains(OPERATORS) || mayAdminister(groups);
    }

    public boolean mayAdminister(Collection<String> groups) {
        return groups.contains(ADMINS) || groups.contains(CAMUNDA_ADMINS);
    }
}
