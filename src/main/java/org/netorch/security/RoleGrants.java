package org.netorch.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The Camunda authorizations each role's group holds. Operators get no rights on tasks here: every user task names
 * their group as candidate, and the engine grants a candidate group read and TASK_WORK on that task (claim, complete,
 * submit its form; application.yml), not UPDATE. So nobody but an admin sets a task's or a process's variables
 * outside a completion, or reassigns a task.
 */
final class RoleGrants {

    /** A resource, all of them ({@code *}) or one by id, such as the Tasklist application. */
    record Target(Resource resource, String resourceId) {
    }

    private RoleGrants() {
    }

    static Map<Target, Set<Permission>> of(Role role) {
        return switch (role) {
            case VIEWER -> viewer();
            case OPERATOR -> operator();
            case ADMIN -> admin();
        };
    }

    private static Map<Target, Set<Permission>> viewer() {
        Map<Target, Set<Permission>> grants = new LinkedHashMap<>();
        grant(grants, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(grants, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(grants, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(grants, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ);
        grant(grants, Resources.TASK, TaskPermissions.READ, TaskPermissions.READ_VARIABLE,
                TaskPermissions.READ_HISTORY);
        grant(grants, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
        grant(grants, Resources.HISTORIC_TASK, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
        grant(grants, Resources.DEPLOYMENT, Permissions.READ);
        grant(grants, Resources.DECISION_DEFINITION, Permissions.READ, Permissions.READ_HISTORY);
        grant(grants, Resources.DECISION_REQUIREMENTS_DEFINITION, Permissions.READ);
        grant(grants, Resources.BATCH, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
        grant(grants, Resources.FILTER, Permissions.READ);
        grant(grants, Resources.OPERATION_LOG_CATEGORY, UserOperationLogCategoryPermissions.READ);
        grant(grants, Resources.USER, Permissions.READ);
        grant(grants, Resources.GROUP, Permissions.READ);
        grant(grants, Resources.TENANT, Permissions.READ);
        grant(grants, Resources.SYSTEM, SystemPermissions.READ);
        return grants;
    }

    // no DELETE_INSTANCE or UPDATE_INSTANCE: Cockpit's Cancel and modification skip our listeners; operators abort
    // over our API, which puts the subscriptions right
    private static Map<Target, Set<Permission>> operator() {
        Map<Target, Set<Permission>> grants = viewer();
        grant(grants, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB);
        grant(grants, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.RETRY_JOB);
        grant(grants, Resources.BATCH, BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES);
        return grants;
    }

    private static Map<Target, Set<Permission>> admin() {
        Map<Target, Set<Permission>> grants = new LinkedHashMap<>();
        for (Resource resource : Resources.values()) {
            grant(grants, resource, Permissions.ALL);
        }
        return grants;
    }

    private static void grant(Map<Target, Set<Permission>> grants, Resource resource, Permission... permissions) {
        grant(grants, resource, ANY, permissions);
    }

    private static void grant(Map<Target, Set<Permission>> grants, Resource resource, String resourceId,
            Permission... permissions) {
        grants.computeIfAbsent(new Target(resource, resourceId), target -> new LinkedHashSet<>())
                .addAll(Set.of(permissions));
    }
}
