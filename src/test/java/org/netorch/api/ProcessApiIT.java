package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.WorkflowDefinition;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

class ProcessApiIT extends AppIntegrationTest {

    static final String CHOOSE = "test_choose_router";
    static final String FAILING = "test_compute_length";
    static final String CREATE = "test_create_thing";
    static final long ENROLLED_DEVICE = 13;

    private static final AuditContext OPERATOR = AuditContext.user("alice", "api");
    private static final AtomicLong DEVICE_IDS = new AtomicLong(19_000);
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private static final String FORM = """
            {"id": "test-choose-form", "type": "default", "schemaVersion": 16, "components": [
              {"id": "f_config", "type": "text", "text": "```\\n{{config_text}}\\n```"},
              {"id": "f_hostname", "key": "hostname", "type": "textfield", "label": "Hostname",
               "validate": {"required": true, "minLength": 3, "pattern": "^[a-z0-9-]+$"}},
              {"id": "f_colour", "key": "colour", "type": "select", "label": "Colour",
               "values": [{"label": "Red", "value": "red"}, {"label": "Green", "value": "green"}]},
              {"id": "f_router", "key": "router", "type": "select", "label": "Router", "valuesKey": "router_options",
               "validate": {"required": true}},
              {"id": "f_count", "key": "count", "type": "number", "label": "Count", "validate": {"min": 1, "max": 10}},
              {"id": "f_applied", "key": "applied", "type": "checkbox", "label": "Configuration applied",
               "validate": {"required": true}}
            ]}""";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;

    // one deployment for the shared context: a form bound by "deployment" must sit beside its diagram
    private static final AtomicBoolean DEPLOYED = new AtomicBoolean();

    @BeforeEach
    void deployTestWorkflows() {
        if (DEPLOYED.getAndSet(true)) {
            return;
        }
        BpmnModelInstance choose = Bpmn.createExecutableProcess(CHOOSE).camundaHistoryTimeToLive(1)
                .startEvent("startEvent_requested").camundaInitiator("initiator")
                .userTask("userTask_chooseRouter").name("Choose router")
                .camundaFormRef("test-choose-form").camundaFormRefBinding("deployment")
                .camundaTaskListenerDelegateExpression("create", "${showConfigText}")
                .camundaTaskListenerDelegateExpression("complete", "${refuseTakenHostname}")
                .endEvent("endEvent_routerChosen").name("Router chosen")
                .done();
        BpmnModelInstance failing = Bpmn.createExecutableProcess(FAILING).camundaHistoryTimeToLive(1)
                .startEvent("startEvent_requested")
                .serviceTask("serviceTask_computeLength").name("Compute length").camundaAsyncBefore()
                .camundaExpression("${execution.getVariable('missing').length()}")
                .camundaFailedJobRetryTimeCycle("R1/PT1S")
                .endEvent("endEvent_computed")
                .done();
        BpmnModelInstance create = Bpmn.createExecutableProcess(CREATE).camundaHistoryTimeToLive(1)
                .startEvent("startEvent_requested")
                .userTask("userTask_wait").name("Wait")
                .endEvent("endEvent_created")
                .done();
        repositoryService.createDeployment().name("process-api-test")
                .addModelInstance(CHOOSE + ".bpmn", choose)
                .addModelInstance(FAILING + ".bpmn", failing)
                .addModelInstance(CREATE + ".bpmn", create)
                .addString("test-choose-form.form", FORM)
                .deploy();
    }

    @Test
    void startingAWorkflowAnswers201WithItsLocationAndItWaitsForItsTask() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/processes/" + CHOOSE))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((DEMO_USER + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"device_id\": 7}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode started = new ObjectMapper().readTree(response.body());
        String id = started.path("id").asText();
        assertThat(started.path("status").asText()).isEqualTo("waiting");
        assertThat(started.path("location").asText()).isEqualTo("/api/processes/" + id);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/processes/" + id));
        assertThat(runtimeService.getVariable(id, "device_id")).isEqualTo(7L);
    }

    @Test
    void aWaitingProcessShowsItsOpenTaskWithTheFormFieldsAndWhatTheFormShows() {
        String id = start(CHOOSE);

        JsonNode process = api().get("/api/processes/" + id).json();

        assertThat(process.path("workflow").asText()).isEqualTo(CHOOSE);
        assertThat(process.path("status").asText()).isEqualTo("waiting");
        assertThat(process.path("started_by").asText()).isEqualTo(DEMO_USER);
        assertThat(process.path("started_at").isTextual()).isTrue();
        assertThat(process.path("ended_at").isNull()).isTrue();
        assertThat(process.path("outcome").isNull()).isTrue();
        assertThat(process.path("failure").isNull()).isTrue();
        assertThat(stepIds(process)).containsExactly("startEvent_requested");

        JsonNode task = process.path("open_task");
        assertThat(task.path("name").asText()).isEqualTo("Apply configuration to test-router");
        assertThat(task.path("form_ref").asText()).isEqualTo("test-choose-form");
        assertThat(task.path("variables").path("config_text").asText()).contains("interface Loopback0");
        JsonNode fields = task.path("fields");
        assertThat(fields.findValuesAsText("key")).containsExactly("hostname", "colour", "router", "count", "applied");
        JsonNode hostname = fields.get(0);
        assertThat(hostname.path("required").asBoolean()).isTrue();
        assertThat(hostname.path("min_length").asInt()).isEqualTo(3);
        assertThat(fields.get(1).path("options").findValuesAsText("value")).containsExactly("red", "green");
        JsonNode router = fields.get(2);
        assertThat(router.path("options").findValuesAsText("label")).containsExactly("loc1-core", "loc2-core");
        assertThat(router.path("options").findValuesAsText("value")).containsExactly("7", "8");
        assertThat(fields.get(4).path("type").asText()).isEqualTo("checkbox");
    }

    @Test
    void anUnknownWorkflowIsA404ThatListsTheKnownOnes() {
        var response = api().post("/api/processes/create_unicorn", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains("create_unicorn").contains(CHOOSE, CREATE);
    }

    @Test
    void invalidInputIsA400AndConflictingInputA409NamingTheFieldAndNothingStarts() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(CHOOSE).count();

        var invalid = api().post("/api/processes/" + CHOOSE, Map.of("device_id", "seven"));
        var conflicting = api().post("/api/processes/" + CHOOSE, Map.of("device_id", ENROLLED_DEVICE));
        var notAnObject = api().post("/api/processes/" + CHOOSE, "[1, 2]");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().path("field").asText()).isEqualTo("device_id");
        assertThat(invalid.json().path("reason").asText()).isEqualTo("must be a whole number");
        assertThat(invalid.json().path("detail").asText()).isEqualTo("device_id: must be a whole number");
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.json().path("field").asText()).isEqualTo("device_id");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CHOOSE).count())
                .isEqualTo(before);
    }

    @Test
    void formValuesAreCheckedAsTasklistWouldAndEachRefusalNamesTheField() {
        String id = start(CHOOSE);
        String taskId = openTaskId(id);

        assertRefused(id, taskId, without(goodValues(), "hostname"), "hostname", "required");
        assertRefused(id, taskId, with(goodValues(), "hostname", "ab"), "hostname", "at least 3");
        assertRefused(id, taskId, with(goodValues(), "hostname", "Loc1 Core"), "hostname", "pattern");
        assertRefused(id, taskId, with(goodValues(), "colour", "purple"), "colour", "red, green");
        assertRefused(id, taskId, with(goodValues(), "router", "9"), "router", "not one of its options");
        assertRefused(id, taskId, with(goodValues(), "count", 11), "count", "at most 10");
        assertRefused(id, taskId, with(goodValues(), "count", "three"), "count", "number");
        assertRefused(id, taskId, with(goodValues(), "applied", false), "applied", "checked");
        assertRefused(id, taskId, with(goodValues(), "colour_of_sky", "blue"), "colour_of_sky", "not a field");

        assertThat(openTaskId(id)).isEqualTo(taskId);
    }

    @Test
    void aRefusalByTheTasksOwnCheckIsA400NamingItsFieldAndTheTaskStaysOpen() {
        String id = start(CHOOSE);
        String taskId = openTaskId(id);

        var response = api().post(taskPath(id, taskId), with(goodValues(), "hostname", "taken"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo("hostname");
        assertThat(response.json().path("detail").asText()).isEqualTo("hostname: is already used by another node");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(openTaskId(id)).isEqualTo(taskId);
    }

    @Test
    void goodValuesCompleteTheTaskAndTheProcessEndsWithItsOutcome() {
        String id = start(CHOOSE);
        String taskId = openTaskId(id);

        var response = api().post(taskPath(id, taskId), goodValues());

        assertThat(response.status()).isEqualTo(200);
        JsonNode process = response.json();
        assertThat(process.path("status").asText()).isEqualTo("completed");
        assertThat(process.path("outcome").asText()).isEqualTo("endEvent_routerChosen");
        assertThat(process.path("ended_at").isTextual()).isTrue();
        assertThat(process.path("open_task").isNull()).isTrue();
        assertThat(stepIds(process))
                .containsExactly("startEvent_requested", "userTask_chooseRouter", "endEvent_routerChosen");
        assertThat(api().get("/api/processes/" + id).json().path("outcome").asText())
                .isEqualTo("endEvent_routerChosen");
    }

    @Test
    void anUnknownTaskAndATaskCompletedTwiceAre404() {
        String id = start(CHOOSE);
        String taskId = openTaskId(id);
        assertThat(api().post(taskPath(id, taskId), goodValues()).status()).isEqualTo(200);

        var twice = api().post(taskPath(id, taskId), goodValues());
        var unknown = api().post(taskPath(id, "no-such-task"), goodValues());

        assertThat(twice.status()).isEqualTo(404);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().path("detail").asText()).isEqualTo("no open task " + taskId + " in process " + id);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aFailedStepShowsItsIncidentAndRetryAfterTheFixLetsTheProcessFinish() {
        String id = start(FAILING);

        JsonNode failed = awaitStatus(id, "failed");
        JsonNode failure = failed.path("failure");
        assertThat(failure.path("step").asText()).isEqualTo("serviceTask_computeLength");
        assertThat(failure.path("step_name").asText()).isEqualTo("Compute length");
        assertThat(failure.path("message").asText()).isNotBlank();
        assertThat(failure.path("job_id").asText()).isNotBlank();
        assertThat(failed.path("outcome").isNull()).isTrue();

        runtimeService.setVariable(id, "missing", "fixed");
        var retried = api().post("/api/processes/" + id + "/retry", Map.of());

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("failure").isNull()).isTrue();
        assertThat(retried.json().path("status").asText()).isIn("running", "completed");
        JsonNode completed = awaitStatus(id, "completed");
        assertThat(completed.path("outcome").asText()).isEqualTo("endEvent_computed");
        assertThat(stepIds(completed)).contains("serviceTask_computeLength");
    }

    @Test
    void retryingAProcessWithoutAnIncidentIsA409() {
        String id = start(CHOOSE);

        var response = api().post("/api/processes/" + id + "/retry", Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).isEqualTo("process " + id + " has no incident to retry");
    }

    @Test
    void abortingACreateWorkflowTerminatesTheSubscriptionItWasCreatingWithANote() {
        String id = start(CREATE);
        UUID thing = transaction.execute(status -> {
            Subscription s = subscriptions.create(Product.NODE, "customer-1", "Node being created", OPERATOR);
            s.update(NodeBlock.of(DEVICE_IDS.incrementAndGet(), "loc3-core", "planned"), OPERATOR);
            return s.id();
        });
        link(thing, id, CREATE);

        var response = api().post("/api/processes/" + id + "/abort", Map.of("reason", "wrong device"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("aborted");
        assertThat(response.json().path("subscription_ids")).hasSize(1);
        assertThat(response.json().path("subscription_ids").get(0).asText()).isEqualTo(thing.toString());
        JsonNode subscription = api().get("/api/subscriptions/" + thing).json();
        assertThat(subscription.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(subscription.path("note").asText()).isEqualTo("Aborted by demo: wrong device");
        assertThat(subscription.path("end_date").isTextual()).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();

        var twice = api().post("/api/processes/" + id + "/abort", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("detail").asText()).contains("already ended");
    }

    @Test
    void abortingAnyOtherWorkflowLeavesItsSubscriptionOutOfSync() {
        String id = start(CHOOSE);
        UUID node = transaction.execute(status -> {
            Subscription s = subscriptions.create(Product.NODE, "customer-1", "Node loc4-core", OPERATOR);
            s.update(NodeBlock.of(DEVICE_IDS.incrementAndGet(), "loc4-core", "planned").withLoopbacks("10.0.0.4/32", "2001:db8::4/128"), OPERATOR);
            return s.id();
        });
        transaction.executeWithoutResult(status -> {
            subscriptions.transition(node, SubscriptionStatus.PROVISIONING, OPERATOR);
            subscriptions.transition(node, SubscriptionStatus.ACTIVE, OPERATOR).markInSync(OPERATOR);
        });
        link(node, id, CHOOSE);

        var response = api().post("/api/processes/" + id + "/abort", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("aborted");
        JsonNode subscription = api().get("/api/subscriptions/" + node).json();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("insync").asBoolean()).isFalse();
    }

    @Test
    void anUnknownProcessIsA404Everywhere() {
        String path = "/api/processes/" + UUID.randomUUID();

        assertThat(api().get(path).status()).isEqualTo(404);
        assertThat(api().post(path + "/retry", Map.of()).status()).isEqualTo(404);
        assertThat(api().post(path + "/abort", Map.of()).status()).isEqualTo(404);
        assertThat(api().post(path + "/tasks/some-task", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void everyCallNeedsCredentials() {
        String id = start(CHOOSE);
        String taskId = openTaskId(id);
        ApiClient nobody = anonymous();

        assertThat(nobody.post("/api/processes/" + CHOOSE, Map.of()).status()).isEqualTo(401);
        assertThat(nobody.get("/api/processes/" + id).status()).isEqualTo(401);
        assertThat(nobody.post(taskPath(id, taskId), goodValues()).status()).isEqualTo(401);
        assertThat(nobody.post("/api/processes/" + id + "/retry", Map.of()).status()).isEqualTo(401);
        assertThat(nobody.post("/api/processes/" + id + "/abort", Map.of()).status()).isEqualTo(401);
        assertThat(openTaskId(id)).isEqualTo(taskId);
    }

    private String start(String key) {
        var response = api().post("/api/processes/" + key, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private String openTaskId(String processId) {
        JsonNode task = api().get("/api/processes/" + processId).json().path("open_task");
        assertThat(task.isObject()).as("open task of " + processId).isTrue();
        return task.path("id").asText();
    }

    private JsonNode awaitStatus(String processId, String status) {
        Instant deadline = Instant.now().plus(DEADLINE);
        JsonNode process = api().get("/api/processes/" + processId).json();
        while (!process.path("status").asText().equals(status) && Instant.now().isBefore(deadline)) {
            sleep();
            process = api().get("/api/processes/" + processId).json();
        }
        assertThat(process.path("status").asText()).as(process.toString()).isEqualTo(status);
        return process;
    }

    private void link(UUID subscriptionId, String processId, String workflowKey) {
        transaction.executeWithoutResult(status ->
                subscriptions.linkProcess(subscriptionId, processId, workflowKey, OPERATOR));
    }

    private void assertRefused(String processId, String taskId, Map<String, Object> values, String field,
            String hint) {
        var response = api().post(taskPath(processId, taskId), values);
        assertThat(response.status()).as(values.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).as(values.toString()).isEqualTo(field);
        assertThat(response.json().path("detail").asText()).as(values.toString()).contains(hint);
    }

    private static String taskPath(String processId, String taskId) {
        return "/api/processes/" + processId + "/tasks/" + taskId;
    }

    private static Map<String, Object> goodValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("hostname", "loc1-core");
        values.put("colour", "green");
        values.put("router", "7");
        values.put("count", 2);
        values.put("applied", true);
        return values;
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        values.put(key, value);
        return values;
    }

    private static Map<String, Object> without(Map<String, Object> values, String key) {
        values.remove(key);
        return values;
    }

    private static List<String> stepIds(JsonNode process) {
        List<String> ids = new ArrayList<>();
        process.path("steps").forEach(step -> ids.add(step.path("id").asText()));
        return ids;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class TestWorkflows {

        @Bean
        WorkflowDefinition chooseRouterWorkflow() {
            return new TestWorkflow(CHOOSE, false);
        }

        @Bean
        WorkflowDefinition computeLengthWorkflow() {
            return new TestWorkflow(FAILING, false);
        }

        @Bean
        WorkflowDefinition createThingWorkflow() {
            return new TestWorkflow(CREATE, true);
        }

        @Bean
        TaskListener showConfigText() {
            return task -> {
                task.setName("Apply configuration to test-router");
                task.setVariableLocal("config_text", "interface Loopback0\n ip address 10.0.0.1 255.255.255.255");
            };
        }

        @Bean
        TaskListener refuseTakenHostname() {
            return task -> {
                if ("taken".equals(task.getVariable("hostname"))) {
                    throw new FormCheckException("hostname", "is already used by another node");
                }
            };
        }
    }

    record TestWorkflow(String key, boolean createsSubscription) implements WorkflowDefinition {

        @Override
        public Map<String, Object> startVariables(Map<String, Object> input) {
            Map<String, Object> variables = new HashMap<>();
            Object device = input.get("device_id");
            if (device != null) {
                if (!(device instanceof Integer || device instanceof Long)) {
                    throw new InvalidInputException("device_id", "must be a whole number");
                }
                if (((Number) device).longValue() == ENROLLED_DEVICE) {
                    throw InvalidInputException.conflict("device_id", "is already enrolled");
                }
                variables.put("device_id", ((Number) device).longValue());
            }
            variables.put("router_options", Spin.JSON("""
                    [{"label": "loc1-core", "value": "7"}, {"label": "loc2-core", "value": "8"}]"""));
            return variables;
        }
    }
}
