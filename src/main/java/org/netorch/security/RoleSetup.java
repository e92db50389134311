package org.netorch.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * On every start: the three role groups with exactly their {@link RoleGrants}, the admin in the admins' group, and
 * in demo mode the users {@code operator} and {@code viewer}. Creates only what is missing, so a restart on an
 * existing database changes nothing.
 */
@Component
@Order(Ordering.DEFAULT_ORDER + 1) // after the starter has created the admin user
class RoleSetup extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(RoleSetup.class);
    private static final Map<Role, String> GROUP_NAMES = Map.of(
            Role.VIEWER, "Network viewers",
            Role.OPERATOR, "Network operators",
            Role.ADMIN, "Orchestrator admins");

    private static final int SET_UP_ATTEMPTS = 3;

    private final RoleGroups roleGroups;
    private final ConfigurableEnvironment environment;

    RoleSetup(RoleGroups roleGroups, ConfigurableEnvironment environment) {
        this.roleGroups = roleGroups;
        this.environment = environment;
    }

    // Camunda keeps a few operations (system information, schema log) to its admin groups
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var adminGroups = configuration.getAdminGroups() == null
                ? new ArrayList<String>() : new ArrayList<>(configuration.getAdminGroups());
        if (!adminGroups.contains(RoleGroups.ADMINS)) {
            adminGroups.add(RoleGroups.ADMINS);
        }
        configuration.setAdminGroups(adminGroups);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // A node starting at the same moment may insert the same group or grant first and win the unique key; the
        // set-up is idempotent, so another pass finds what that node created.
        for (int attempt = 1; ; attempt++) {
            try {
                setUp(engine);
                return;
            } catch (ProcessEngineException raced) {
                if (attempt == SET_UP_ATTEMPTS) {
                    throw raced;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the role groups", e);
        }
    }

    // One command, so one transaction: a node that loses a race on a unique key rolls all of it back and retries.
    private void setUp(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            setUpInOneContext(engine);
            return null;
        });
    }

    private void setUpInOneContext(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        Map<Role, String> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            groups.put(role, roleGroups.groupOf(role));
        }
        Set<String> existingGroups = identity.createGroupQuery().groupIdIn(groups.values().toArray(String[]::new))
                .list().stream().map(Group::getId).collect(Collectors.toCollection(HashSet::new));
        Map<GrantKey, Authorization> existingGrants = grantsOf(authorizations, groups.values());
        groups.forEach((role, group) -> {
            if (existingGroups.add(group)) {
                createGroup(identity, group, GROUP_NAMES.get(role), role == Role.ADMIN);
            }
            RoleGrants.of(role).forEach((target, permissions) ->
                    ensureGrant(authorizations, existingGrants, group, target, permissions));
        });
        narrowOldTaskGrants(engine, authorizations);
        String admin = environment.getProperty("camunda.bpm.admin-user.id");
        if (admin != null && identity.createUserQuery().userId(admin).count() == 1) {
            ensureMember(identity, admin, RoleGroups.ADMINS);
        }
        if (OperatingMode.isDemo(environment)) {
            ensureDemoUser(identity, OperatingMode.DEMO_OPERATOR, "Demo", "Operator", groups.get(Role.OPERATOR));
            ensureDemoUser(identity, OperatingMode.DEMO_VIEWER, "Demo", "Viewer", groups.get(Role.VIEWER));
        }
    }

    private record GrantKey(String group, int resourceType, String resourceId) {

        static GrantKey of(String group, RoleGrants.Target target) {
            return new GrantKey(group, target.resource().resourceType(), target.resourceId());
        }
    }

    private static Map<GrantKey, Authorization> grantsOf(AuthorizationService authorizations,
            Collection<String> groups) {
        Map<GrantKey, Authorization> grants = new HashMap<>();
        for (Authorization grant : authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groups.toArray(String[]::new)).list()) {
            grants.put(new GrantKey(grant.getGroupId(), grant.getResourceType(), grant.getResourceId()), grant);
        }
        return grants;
    }

    /**
     * Tasks opened before the engine granted their candidates and assignee TASK_WORK (application.yml) still carry its
     * old per-task grant of UPDATE, with which they could set variables outside a completion: TASK_WORK instead.
     */
    private static void narrowOldTaskGrants(ProcessEngine engine, AuthorizationService authorizations) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // the engine's value may be either of Camunda's two TASK_WORK constants
        if (!TaskPermissions.TASK_WORK.getName().equals(configuration.getDefaultUserPermissionForTask().getName())) {
            return;
        }
        int narrowed = 0;
        for (Authorization grant : authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list()) {
            // a grant on every task, or of everything, is an admin's own choice
            if (Authorization.ANY.equals(grant.getResourceId()) || grant.isEveryPermissionGranted()) {
                continue;
            }
            grant.removePermission(Permissions.UPDATE);
            grant.addPermission(TaskPermissions.TASK_WORK);
            authorizations.saveAuthorization(grant);
            narrowed++;
        }
        if (narrowed > 0) {
            log.info("Narrowed {} grants of UPDATE on open tasks to TASK_WORK", narrowed);
        }
    }

    private static void createGroup(IdentityService identity, String id, String name, boolean system) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(system ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
        log.info("Created group '{}'", id);
    }

    /** Exactly these permissions: an edit in Admin to this one authorization is undone at the next start. */
    private static void ensureGrant(AuthorizationService authorizations, Map<GrantKey, Authorization> grants,
            String group, RoleGrants.Target target, Set<Permission> permissions) {
        GrantKey key = GrantKey.of(group, target);
        Authorization grant = grants.get(key);
        int wanted = permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        if (grant != null && ((AuthorizationEntity) grant).getPermissions() == wanted) {
            return;
        }
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(target.resource());
            grant.setResourceId(target.resourceId());
        }
        grant.setPermissions(permissions.toArray(Permission[]::new));
        grants.put(key, authorizations.saveAuthorization(grant));
    }

    private static void ensureMember(IdentityService identity, String user, String group) {
        if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            identity.createMembership(user, group);
            log.info("Added '{}' to group '{}'", user, group);
        }
    }

    private static void ensureDemoUser(IdentityService identity, String id, String firstName, String lastName,
            String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(id);
            identity.saveUser(user);
        }
        ensureMember(identity, id, group);
    }
}
