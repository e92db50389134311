package org.netorch.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.netorch.process.shared.WorkflowProperties;
import org.springframework.stereotype.Component;

/** The Camunda group behind each role, and the roles a user's Camunda groups give. */
@Component
class RoleGroups {

    static final String VIEWERS = "network-viewers";
    static final String ADMINS = "orchestrator-admins";

    private final String operators;

    RoleGroups(WorkflowProperties properties) {
        this.operators = properties.operatorsGroup();
    }

    String groupOf(Role role) {
        return switch (role) {
            case VIEWER -> VIEWERS;
            case OPERATOR -> operators;
            case ADMIN -> ADMINS;
        };
    }

    /** Camunda's own {@code camunda-admin} group (the starter's admin is in it) counts as admin too. */
    Set<Role> rolesOf(Collection<String> groups) {
        if (groups.contains(ADMINS) || groups.contains(Groups.CAMUNDA_ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        if (groups.contains(operators)) {
            return EnumSet.of(Role.VIEWER, Role.OPERATOR);
        }
        if (groups.contains(VIEWERS)) {
            return EnumSet.of(Role.VIEWER);
        }
        return EnumSet.noneOf(Role.class);
    }
}
