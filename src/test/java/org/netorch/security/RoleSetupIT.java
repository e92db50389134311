package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netorch.NetworkOrchestratorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The role groups and their grants are there after every start, exactly once; demo users only in demo mode. */
class RoleSetupIT {

    @TempDir
    Path data;

    @Test
    void aRestartFindsEveryGroupAndGrantOnceAndPutsBackAGrantEditedInAdmin() {
        try (ConfigurableApplicationContext first = start("demo")) {
            assertRolesSetUp(first, "demo");
            Authorization viewersRead = grant(first, RoleGroups.VIEWERS);
            viewersRead.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
            first.getBean(AuthorizationService.class).saveAuthorization(viewersRead);
        }

        try (ConfigurableApplicationContext second = start("demo")) {
            assertRolesSetUp(second, "demo");
            assertThat(grant(second, RoleGroups.VIEWERS).isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY))
                    .isTrue();
            IdentityService identity = second.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().memberOfGroup("network-operators").list())
                    .extracting(user -> user.getId()).containsExactly("operator");
            assertThat(identity.createUserQuery().memberOfGroup(RoleGroups.VIEWERS).list())
                    .extracting(user -> user.getId()).containsExactly("viewer");
            assertThat(identity.checkPassword("operator", "operator")).isTrue();
            assertThat(identity.checkPassword("viewer", "viewer")).isTrue();
        }
    }

    @Test
    void aTaskOpenedWhenCandidatesWereGrantedUpdateIsLeftToThemForWorkOnlyAfterTheNextStart() {
        String taskId;
        try (ConfigurableApplicationContext before = start("tasks",
                "--camunda.bpm.generic-properties.properties.default-user-permission-name-for-task=UPDATE")) {
            before.getBean(RepositoryService.class).createDeployment().addModelInstance("old_task.bpmn",
                    Bpmn.createExecutableProcess("old_task").camundaHistoryTimeToLive(1).startEvent()
                            .userTask("userTask_old").camundaCandidateGroups("network-operators").endEvent().done())
                    .deploy();
            String process = before.getBean(RuntimeService.class).startProcessInstanceByKey("old_task").getId();
            taskId = before.getBean(TaskService.class).createTaskQuery().processInstanceId(process).singleResult()
                    .getId();
            assertThat(taskGrant(before, taskId).isPermissionGranted(Permissions.UPDATE)).isTrue();
        }

        try (ConfigurableApplicationContext after = start("tasks")) {
            Authorization operators = taskGrant(after, taskId);
            assertThat(operators.isPermissionGranted(Permissions.UPDATE)).isFalse();
            assertThat(operators.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(operators.isPermissionGranted(Permissions.READ)).isTrue();
        }
    }

    @Test
    void outsideDemoModeOnlyTheConfiguredAdminExists() {
        try (ConfigurableApplicationContext real = start("real",
                "--netbox.url=http://127.0.0.1:9", "--netbox.simulator.enabled=false",
                "--orchestrator.admin.user=noc", "--orchestrator.admin.password=a-secret-from-the-environment")) {
            assertRolesSetUp(real, "noc");
            IdentityService identity = real.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("noc");
        }
    }

    private static void assertRolesSetUp(ConfigurableApplicationContext app, String admin) {
        IdentityService identity = app.getBean(IdentityService.class);
        AuthorizationService authorizations = app.getBean(AuthorizationService.class);
        for (String group : List.of(RoleGroups.VIEWERS, "network-operators", RoleGroups.ADMINS)) {
            assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
        for (Role role : Role.values()) {
            String group = app.getBean(RoleGroups.class).groupOf(role);
            RoleGrants.of(role).keySet().forEach(target -> assertThat(authorizations.createAuthorizationQuery()
                    .groupIdIn(group).resourceType(target.resource()).resourceId(target.resourceId()).count())
                    .as("%s on %s", group, target).isEqualTo(1));
        }
        assertThat(identity.createUserQuery().userId(admin).memberOfGroup(RoleGroups.ADMINS).count()).isEqualTo(1);
    }

    private static Authorization grant(ConfigurableApplicationContext app, String group) {
        return app.getBean(AuthorizationService.class).createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
    }

    private static Authorization taskGrant(ConfigurableApplicationContext app, String taskId) {
        return app.getBean(AuthorizationService.class).createAuthorizationQuery().groupIdIn("network-operators")
                .resourceType(Resources.TASK).resourceId(taskId).singleResult();
    }

    private ConfigurableApplicationContext start(String database, String... more) {
        var arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve(database),
                "--netbox.simulator.store-url=jdbc:h2:file:" + data.resolve(database + "-netbox-sim"),
                "--camunda.bpm.job-execution.enabled=false",
                // its own engine name: closing this context must not unregister the engine other tests use
                "--camunda.bpm.process-engine-name=rolestest"));
        arguments.addAll(List.of(more));
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--netbox.url="))) {
            // a database of its own is not the embedded default, so demo mode must be asked for
            arguments.add("--orchestrator.demo=true");
        }
        return new SpringApplicationBuilder(NetworkOrchestratorApplication.class).run(arguments.toArray(String[]::new));
    }
}
