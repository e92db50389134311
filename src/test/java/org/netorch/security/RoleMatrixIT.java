package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxUnreachableException;
import org.netorch.process.operations.SkipMark;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what (README, "Roles"): every caller against every call of our API and the {@code /engine-rest} calls
 * Tasklist, Cockpit and Admin make, each on a fresh waiting workflow with a failed job and a fresh out-of-sync
 * subscription. Then, over {@code /engine-rest} and the engine API Tasklist calls: only an admin writes variables
 * outside a completion, and a completion carries the fields of the task's form and nothing else.
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
    /** The task's Camunda form and its one field. */
    static final String FORM = "test-roles-work";
    static final String FORM_FIELD = "done";

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

    record Fixture(String processId, String taskId, String executionId, String jobId, UUID subscriptionId,
            long plannedDevice) {
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
            api("GET  /api/processes/{id}/skips", Caller.VIEWER, 200,
                    (as, it) -> as.get("/api/processes/" + it.processId() + "/skips")),
            api("POST /api/processes/{id}/skip", Caller.OPERATOR, 200,
                    (as, it) -> as.post("/api/processes/" + it.processId() + "/skip",
                            Map.of("activity", TASK, "reason", "roles"))),
            api("POST /api/processes/migrations", Caller.ADMIN, 200,
                    (as, it) -> as.post("/api/processes/migrations", Map.of("workflow", WORKFLOW, "dry_run", true))),
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

    /** Where a call goes: Camunda's REST API with Basic, or the engine API Tasklist calls, with its session. */
    enum EnginePath {
        ENGINE_REST("/engine-rest"), TASKLIST("Tasklist's engine API");

        private final String label;

        EnginePath(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The variables a write touches, as the test reads them afterwards. */
    enum Scope {
        SEEN_FROM_TASK, TASK_LOCAL, PROCESS, EXECUTION_LOCAL
    }

    /** A write of a variable outside a completion; a DELETE removes {@code variable}, the others set it. */
    record VariableWrite(String name, String method, Function<Fixture, String> path, Object body, Scope scope,
            String variable) {

        boolean deletes() {
            return method.equals("DELETE");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String WRITTEN = "written_outside_a_completion";
    static final String TASK_NOTE = "task_note";
    static final String PROCESS_NOTE = "process_note";
    static final String EXECUTION_NOTE = "execution_note";
    static final Map<String, Object> VALUE = Map.of("value", "set by hand", "type", "String");
    static final Map<String, Object> MODIFICATION = Map.of("modifications", Map.of(WRITTEN, VALUE));

    /** A PUT sets one variable by name, a POST modifies several at once. */
    static VariableWrite set(String method, String resource, String variables, Object body, Scope scope) {
        boolean byName = method.equals("PUT");
        return new VariableWrite(method + " " + resource + "/{id}/" + variables + (byName ? "/{name}" : ""), method,
                it -> "/" + resource + "/" + idOf(resource, it) + "/" + variables + (byName ? "/" + WRITTEN : ""),
                body, scope, WRITTEN);
    }

    static VariableWrite delete(String resource, String variables, Scope scope, String variable) {
        return new VariableWrite("DELETE " + resource + "/{id}/" + variables + "/{name}", "DELETE",
                it -> "/" + resource + "/" + idOf(resource, it) + "/" + variables + "/" + variable, null, scope,
                variable);
    }

    static String idOf(String resource, Fixture it) {
        return switch (resource) {
            case "task" -> it.taskId();
            case "process-instance" -> it.processId();
            default -> it.executionId();
        };
    }

    static final List<VariableWrite> VARIABLE_WRITES = List.of(
            set("PUT", "task", "variables", VALUE, Scope.SEEN_FROM_TASK),
            set("PUT", "task", "localVariables", VALUE, Scope.TASK_LOCAL),
            set("POST", "task", "variables", MODIFICATION, Scope.SEEN_FROM_TASK),
            set("POST", "task", "localVariables", MODIFICATION, Scope.TASK_LOCAL),
            delete("task", "variables", Scope.PROCESS, PROCESS_NOTE),
            delete("task", "localVariables", Scope.TASK_LOCAL, TASK_NOTE),
            set("PUT", "process-instance", "variables", VALUE, Scope.PROCESS),
            set("POST", "process-instance", "variables", MODIFICATION, Scope.PROCESS),
            delete("process-instance", "variables", Scope.PROCESS, PROCESS_NOTE),
            set("PUT", "execution", "localVariables", VALUE, Scope.EXECUTION_LOCAL),
            set("POST", "execution", "localVariables", MODIFICATION, Scope.EXECUTION_LOCAL),
            delete("execution", "localVariables", Scope.EXECUTION_LOCAL, EXECUTION_NOTE));

    static Stream<Arguments> variableWrites() {
        List<Arguments> cases = new ArrayList<>();
        for (VariableWrite write : VARIABLE_WRITES) {
            for (EnginePath path : EnginePath.values()) {
                for (Caller caller : List.of(Caller.VIEWER, Caller.OPERATOR, Caller.ADMIN)) {
                    cases.add(Arguments.of(write, path, caller));
                }
            }
        }
        return cases.stream();
    }

    /** A completion of the task: over our API, or with an action over one of the engine's paths. */
    record Completion(EnginePath path, String action) {

        static final Completion OVER_OUR_API = new Completion(null, null);

        @Override
        public String toString() {
            return path == null ? "our API" : path + " " + action;
        }
    }

    static final List<Completion> COMPLETIONS = List.of(Completion.OVER_OUR_API,
            new Completion(EnginePath.ENGINE_REST, "complete"),
            new Completion(EnginePath.ENGINE_REST, "submit-form"),
            new Completion(EnginePath.ENGINE_REST, "resolve"),
            new Completion(EnginePath.TASKLIST, "submit-form"),
            new Completion(EnginePath.TASKLIST, "complete"));

    static Stream<Arguments> completions() {
        List<Arguments> cases = new ArrayList<>();
        for (Completion completion : COMPLETIONS) {
            for (Caller caller : List.of(Caller.VIEWER, Caller.OPERATOR, Caller.ADMIN)) {
                cases.add(Arguments.of(completion, caller));
            }
        }
        return cases.stream();
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    /** One webapp session per user for the whole class: a login per case would only cost time. */
    private static final Map<String, WebappSession> SESSIONS = new ConcurrentHashMap<>();

    @Autowired
    HistoryService historyService;
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
        Task task = taskService.createTaskQuery().processInstanceId(processId).singleResult();
        String taskId = task.getId();
        String jobId = managementService.createJobQuery().processInstanceId(processId).singleResult().getId();
        managementService.setJobRetries(jobId, 0);
        UUID subscriptionId = transaction.execute(status -> subscriptions.create(Product.NODE, "customer-1",
                "Node of the role matrix", AuditContext.user("alice", "api")).id());
        fixture = new Fixture(processId, taskId, task.getExecutionId(), jobId, subscriptionId, plannedDevice());
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

    @ParameterizedTest(name = "{0} over {1} as {2}")
    @MethodSource("variableWrites")
    void onlyAnAdminWritesVariablesOutsideACompletion(VariableWrite write, EnginePath path, Caller caller) {
        taskService.claim(fixture.taskId(), Caller.OPERATOR.user);
        taskService.setVariableLocal(fixture.taskId(), TASK_NOTE, "note");
        runtimeService.setVariable(fixture.processId(), PROCESS_NOTE, "note");
        runtimeService.setVariableLocal(fixture.executionId(), EXECUTION_NOTE, "note");

        Response response = send(path, caller, write.method(), write.path().apply(fixture), write.body());

        boolean landed = variablesIn(write.scope()).contains(write.variable()) != write.deletes();
        int expected = caller == Caller.ADMIN ? 204 : 403;
        assertThat(response.status()).as("%s over %s as %s: %s", write, path, caller, response.body())
                .isEqualTo(expected);
        assertThat(landed).as("%s over %s as %s changed the variable", write, path, caller)
                .isEqualTo(caller == Caller.ADMIN);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("completions")
    void aCompletionWithAVariableTheFormLacksIsRefusedNamingIt(Completion completion, Caller caller) {
        taskService.claim(fixture.taskId(), Caller.OPERATOR.user);

        Response response = complete(completion, caller, Map.of(FORM_FIELD, true, "cable_id", 5));

        String reason = "cable_id: is not a field of this task's form; fields: " + FORM_FIELD;
        if (caller == Caller.VIEWER) {
            // who may not complete the task is told that, not what its form takes
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("cable_id");
        } else if (completion == Completion.OVER_OUR_API) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("field").asText()).isEqualTo("cable_id");
            assertThat(response.json().path("detail").asText()).isEqualTo(reason);
        } else {
            // Camunda's error shape, which Tasklist shows
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().path("type").asText()).isEqualTo("FormCheckException");
            assertThat(response.json().path("message").asText()).isEqualTo(reason);
        }
        assertThat(taskService.createTaskQuery().taskId(fixture.taskId()).count()).as("task still open").isOne();
        assertThat(taskService.getVariables(fixture.taskId())).as("nothing set")
                .doesNotContainKeys("cable_id", FORM_FIELD);
    }

    @ParameterizedTest(name = "submit-form over {0}")
    @EnumSource(EnginePath.class)
    void anOperatorStillCompletesTheTaskWithItsFormsFields(EnginePath path) {
        taskService.claim(fixture.taskId(), Caller.OPERATOR.user);

        Response response = send(path, Caller.OPERATOR, "POST", "/task/" + fixture.taskId() + "/submit-form",
                Map.of("variables", typed(Map.of(FORM_FIELD, true))));

        assertThat(response.status()).as(response.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(fixture.taskId()).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(fixture.processId())
                .variableName(FORM_FIELD).singleResult().getValue()).isEqualTo(true);
    }

    private Response complete(Completion completion, Caller caller, Map<String, Object> values) {
        if (completion == Completion.OVER_OUR_API) {
            return as(caller).post("/api/processes/" + fixture.processId() + "/tasks/" + fixture.taskId(), values);
        }
        return send(completion.path(), caller, "POST", "/task/" + fixture.taskId() + "/" + completion.action(),
                Map.of("variables", typed(values)));
    }

    private Response send(EnginePath path, Caller caller, String method, String enginePath, Object body) {
        return switch (path) {
            case ENGINE_REST -> as(caller).send(method, RoleMatrixIT.ENGINE_REST + enginePath,
                    body == null ? null : "application/json", body == null ? null : json(body));
            case TASKLIST -> SESSIONS.computeIfAbsent(caller.user, user -> WebappSession.logIn(
                    "http://127.0.0.1:" + port, ENGINE, user, user))
                    .send(method, "/camunda/api/engine/engine/" + ENGINE + enginePath, body);
        };
    }

    private ApiClient as(Caller caller) {
        return api().as(caller.user, caller.user);
    }

    private Set<String> variablesIn(Scope scope) {
        return switch (scope) {
            case SEEN_FROM_TASK -> taskService.getVariables(fixture.taskId()).keySet();
            case TASK_LOCAL -> taskService.getVariablesLocal(fixture.taskId()).keySet();
            case PROCESS -> runtimeService.getVariables(fixture.processId()).keySet();
            case EXECUTION_LOCAL -> runtimeService.getVariablesLocal(fixture.executionId()).keySet();
        };
    }

    private static String json(Object body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
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
                .camundaFormRef(FORM).camundaFormRefBinding("deployment")
                .boundaryEvent("boundaryEvent_late").timerWithDuration("PT1H").endEvent("endEvent_late")
                .moveToActivity(TASK).endEvent("endEvent_done")
                .done();
        markSkippableByOperators(model.getModelElementById(TASK));
        String form = """
                {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "checkbox_done", "key": "%s", "type": "checkbox", "label": "Done"}]}
                """.formatted(FORM, FORM_FIELD);
        repositoryService.createDeployment().addModelInstance(WORKFLOW + ".bpmn", model)
                .addString(FORM + ".form", form).deploy();
    }

    private static void markSkippableByOperators(UserTask task) {
        BpmnModelInstance model = (BpmnModelInstance) task.getModelInstance();
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        properties.getCamundaProperties().add(property(model, SkipMark.CONFIRMS, "work done by hand"));
        properties.getCamundaProperties().add(property(model, SkipMark.BY, SkipMark.OPERATORS));
        task.builder().addExtensionElement(properties);
    }

    private static CamundaProperty property(BpmnModelInstance model, String name, String value) {
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        return property;
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
