package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxUnreachableException;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what (README, "Roles"): every caller against every call of our API and the {@code /engine-rest} calls
 * Tasklist, Cockpit and Admin make, each on a fresh waiting workflow with a failed job and a fresh out-of-sync
 * subscription.
 */
@TestPropertySource(properties = "camunda.bpm.process-engine-name=" + RoleMatrixIT.ENGINE)
class RoleMatrixIT extends AppIntegrationTest {

    /**
     * Its own engine, addressed by name: Camunda's REST API finds engines in a JVM-wide registry, where another test
     * context's engine of the default name could answer {@code /engine-rest/...} instead of this one.
     */
    static final String ENGINE = "rolematrix";
    static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;

    /** A test workflow: one operators' task, guarded by a timer whose job the fixture fails to make an incident. */
    static final String WORKFLOW = "test_roles";
    static final String TASK = "userTask_work";
    static final String DEPLOYED = "test_roles_deployed";

    enum Caller {
        ANONYMOUS(null, 0), NO_GROUP("outsider", 1), VIEWER("viewer", 2), OPERATOR("operator", 3), ADMIN("demo", 4);

        final String user;
        final int rank;

        Caller(String user, int rank) {
            this.user = user;
            this.rank = rank;
        }

        boolean reaches(Caller least) {
            return rank >= least.rank;
        }
    }

    /** What a call's answer looks like; the name is what a failing case prints. */
    record Outcome(String name, Predicate<Response> holds) {

        static Outcome status(int status) {
            return new Outcome(String.valueOf(status), response -> response.status() == status);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Outcome UNAUTHORIZED = Outcome.status(401);
    static final Outcome FORBIDDEN = Outcome.status(403);
    static final Outcome NOT_FOUND = Outcome.status(404);
    static final Outcome FORBIDDEN_PROBLEM = new Outcome("403 problem+json", response -> response.status() == 403
            && response.contentType().startsWith("application/problem+json"));
    static final Outcome LISTS_THE_TASK = new Outcome("200 with the task",
            response -> response.status() == 200 && response.json().size() == 1);
    static final Outcome LISTS_NOTHING = new Outcome("200 with no task",
            response -> response.status() == 200 && response.json().isEmpty());

    /**
     * One row of the table: the least caller allowed, what they get, what a caller below gets (a caller that cannot
     * even read the definition is not told it exists: {@code deniedWithoutRead}).
     */
    record Call(String name, Caller least, Outcome allowed, Outcome denied, Outcome deniedWithoutRead,
            BiFunction<ApiClient, Fixture, Response> perform) {

        Outcome expectedFor(Caller caller) {
            if (caller == Caller.ANONYMOUS) {
                return UNAUTHORIZED;
            }
            if (caller.reaches(least)) {
                return allowed;
            }
            return caller.reaches(Caller.VIEWER) ? denied : deniedWithoutRead;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Fixture(String processId, String taskId, String jobId, UUID subscriptionId, long plannedDevice) {
    }

    static Call api(String name, Caller least, int allowed, BiFunction<ApiClient, Fixture, Response> perform) {
        return new Call(name, least, Outcome.status(allowed), FORBIDDEN_PROBLEM, FORBIDDEN_PROBLEM, perform);
    }

    static Call engine(String name, Caller least, int allowed, BiFunction<ApiClient, Fixture, Response> perform) {
        return new Call(name, least, Outcome.status(allowed), FORBIDDEN, FORBIDDEN, perform);
    }

    static final List<Call> CALLS = List.of(
            api("GET  /api/subscriptions", Caller.VIEWER, 200, (as, it) -> as.get("/api/subscriptions")),
            api("GET  /api/subscriptions/{id}", Caller.VIEWER, 200,
                    (as, it) -> as.get("/api/subscriptions/" + it.subscriptionId())),
            api("GET  /api/subscriptions/{id}/events", Caller.VIEWER, 200,
                    (as, it) -> as.get("/api/subscriptions/" + it.subscriptionId() + "/events")),
            api("GET  /api/subscriptions/{id}/processes", Caller.VIEWER, 200,
                    (as, it) -> as.get("/api/subscriptions/" + it.subscriptionId() + "/processes")),
            api("PUT  /api/subscriptions/{id}/insync", Caller.OPERATOR, 200,
                    (as, it) -> as.put("/api/subscriptions/" + it.subscriptionId() + "/insync",
                            Map.of("reason", "role matrix"))),
            api("POST /api/processes/create_node", Caller.OPERATOR, 201,
                    (as, it) -> as.post("/api/processes/create_node", Map.of("device_id", it.plannedDevice()))),
            api("POST /api/processes/validate_subscriptions", Caller.OPERATOR, 201,
                    (as, it) -> as.post("/api/processes/validate_subscriptions", Map.of())),
            api("GET  /api/processes/{id}", Caller.VIEWER, 200,
                    (as, it) -> as.get("/api/processes/" + it.processId())),
            api("POST /api/processes/{id}/tasks/{taskId}", Caller.OPERATOR, 200,
                    (as, it) -> as.post("/api/processes/" + it.processId() + "/tasks/" + it.taskId(), Map.of())),
            api("GET  /api/processes?status=failed", Caller.VIEWER, 200,
                    (as, it) -> as.get("/api/processes?status=failed")),
            api("POST /api/processes/retry", Caller.OPERATOR, 200,
                    (as, it) -> as.post("/api/processes/retry", Map.of("limit", 1))),
            api("GET  /api/me", Caller.VIEWER, 200, (as, it) -> as.get("/api/me")),
            api("POST /api/processes/{id}/retry", Caller.OPERATOR, 200,
                    (as, it) -> as.post("/api/processes/" + it.processId() + "/retry", "")),
            api("POST /api/processes/{id}/abort", Caller.OPERATOR, 200,
                    (as, it) -> as.post("/api/processes/" + it.processId() + "/abort", Map.of("reason", "roles"))),
            new Call("Tasklist: start process", Caller.OPERATOR, Outcome.status(200), FORBIDDEN, NOT_FOUND,
                    (as, it) -> as.post(ENGINE_REST + "/process-definition/key/" + WORKFLOW + "/start", Map.of())),
            new Call("Tasklist: list tasks", Caller.VIEWER, LISTS_THE_TASK, LISTS_NOTHING, LISTS_NOTHING,
                    (as, it) -> as.get(ENGINE_REST + "/task?processInstanceId=" + it.processId())),
            engine("Tasklist: claim task", Caller.OPERATOR, 204, (as, it) -> as.post(
                    ENGINE_REST + "/task/" + it.taskId() + "/claim", Map.of("userId", "someone"))),
            engine("Tasklist: complete task", Caller.OPERATOR, 204, (as, it) -> as.post(
                    ENGINE_REST + "/task/" + it.taskId() + "/submit-form", Map.of("variables", Map.of()))),
            engine("Cockpit: retry failed job", Caller.OPERATOR, 204,
                    (as, it) -> as.put(ENGINE_REST + "/job/" + it.jobId() + "/retries", Map.of("retries", 1))),
            engine("Cockpit: cancel process instance", Caller.ADMIN, 204,
                    (as, it) -> as.delete(ENGINE_REST + "/process-instance/" + it.processId())),
            engine("Cockpit: modify process instance", Caller.ADMIN, 204, (as, it) -> as.post(
                    ENGINE_REST + "/process-instance/" + it.processId() + "/modification",
                    Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", TASK))))),
            engine("Cockpit: deploy a BPMN", Caller.ADMIN, 200,
                    (as, it) -> as.postFile(ENGINE_REST + "/deployment/create", DEPLOYED + ".bpmn",
                            Bpmn.convertToString(Bpmn.createExecutableProcess(DEPLOYED)
                                    .camundaHistoryTimeToLive(1).startEvent().endEvent().done()))),
            engine("Admin: create user", Caller.ADMIN, 204, (as, it) -> as.post(ENGINE_REST + "/user/create",
                    Map.of("profile", Map.of("id", "u" + UUID.randomUUID().toString().substring(0, 8),
                                    "firstName", "New", "lastName", "User"),
                            "credentials", Map.of("password", "a-long-password")))),
            engine("Admin: grant an authorization", Caller.ADMIN, 200, (as, it) -> as.post(
                    ENGINE_REST + "/authorization/create", Map.of("type", 1, "permissions", List.of("READ"),
                            "userId", "u" + UUID.randomUUID().toString().substring(0, 8), "resourceType", 5,
                            "resourceId", "*"))));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Call call : CALLS) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(call, caller));
            }
        }
        return cases.stream();
    }

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    NetBoxClient netBox;

    private static Long plannedDevice;
    private Fixture fixture;

    @BeforeEach
    void freshWorkflowWithAFailedJobAndAnOutOfSyncSubscription() {
        // no workflow of an earlier case gets past its first task, so NetBox is untouched and loc1-core still planned
        cleanSlate.apply();
        deployTestWorkflowOnce();
        createUserWithNoGroupOnce();
        String processId = runtimeService.startProcessInstanceByKey(WORKFLOW).getId();
        String taskId = taskService.createTaskQuery().processInstanceId(processId).singleResult().getId();
        String jobId = managementService.createJobQuery().processInstanceId(processId).singleResult().getId();
        managementService.setJobRetries(jobId, 0);
        UUID subscriptionId = transaction.execute(status -> subscriptions.create(Product.NODE, "customer-1",
                "Node of the role matrix", AuditContext.user("alice", "api")).id());
        fixture = new Fixture(processId, taskId, jobId, subscriptionId, plannedDevice());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void theCallersRoleDecides(Call call, Caller caller) {
        ApiClient client = caller == Caller.ANONYMOUS ? anonymous() : api().as(caller.user, caller.user);

        Response response = call.perform().apply(client, fixture);

        Outcome expected = call.expectedFor(caller);
        assertThat(expected.holds().test(response))
                .as("%s as %s: expected %s, got %d %s", call, caller, expected, response.status(), response.body())
                .isTrue();
    }

    private long plannedDevice() {
        // the first call to a cold simulator on a busy machine may outlast the short read timeout the tests set
        for (int attempt = 1; plannedDevice == null; attempt++) {
            try {
                plannedDevice = netBox.devices(DeviceQuery.all().withName("loc1-core")).get(0).id();
            } catch (NetBoxUnreachableException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        return plannedDevice;
    }

    private void deployTestWorkflowOnce() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(WORKFLOW).count() > 0) {
            return;
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess(WORKFLOW).name("Roles test")
                .camundaHistoryTimeToLive(1)
                .startEvent("startEvent_started")
                .userTask(TASK).name("Work").camundaCandidateGroups("${taskAssignment.operatorsGroup}")
                .boundaryEvent("boundaryEvent_late").timerWithDuration("PT1H").endEvent("endEvent_late")
                .moveToActivity(TASK).endEvent("endEvent_done")
                .done();
        repositoryService.createDeployment().addModelInstance(WORKFLOW + ".bpmn", model).deploy();
    }

    private void createUserWithNoGroupOnce() {
        if (identityService.createUserQuery().userId(Caller.NO_GROUP.user).count() > 0) {
            return;
        }
        User outsider = identityService.newUser(Caller.NO_GROUP.user);
        outsider.setPassword(Caller.NO_GROUP.user);
        identityService.saveUser(outsider);
    }
}
