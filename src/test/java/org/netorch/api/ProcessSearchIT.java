package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.process.operations.WorkflowDefinition;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding workflows by what an operator knows of them, and retrying every failed one at once. Its test workflows
 * make a context of its own, whose engine has a name of its own so it never answers another context's {@code
 * /engine-rest} (Camunda finds engines by name in a JVM-wide registry).
 */
@TestPropertySource(properties = "camunda.bpm.process-engine-name=searchtests")
class ProcessSearchIT extends AppIntegrationTest {

    static final String FLAKY = "test_flaky_netbox_step";
    static final String WAITING = "test_wait_for_operator";
    static final String FLAKY_STEP = "serviceTask_callNetBox";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final AtomicBoolean NETBOX_DOWN = new AtomicBoolean();
    private static final AtomicBoolean DEPLOYED = new AtomicBoolean();

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;

    private Instant testStart;

    @BeforeEach
    void deployAndMarkTheStart() throws InterruptedException {
        if (!DEPLOYED.getAndSet(true)) {
            BpmnModelInstance flaky = Bpmn.createExecutableProcess(FLAKY).camundaHistoryTimeToLive(1)
                    .startEvent("startEvent_requested")
                    .serviceTask(FLAKY_STEP).name("Call NetBox").camundaAsyncBefore()
                    .camundaExpression("${flakyNetBox.call()}")
                    .camundaFailedJobRetryTimeCycle("R0/PT1S")
                    .endEvent("endEvent_called")
                    .done();
            BpmnModelInstance waiting = Bpmn.createExecutableProcess(WAITING).camundaHistoryTimeToLive(1)
                    .startEvent("startEvent_requested")
                    .userTask("userTask_decide").name("Decide")
                    .endEvent("endEvent_decided")
                    .done();
            repositoryService.createDeployment().name("process-search-test")
                    .addModelInstance(FLAKY + ".bpmn", flaky)
                    .addModelInstance(WAITING + ".bpmn", waiting)
                    .deploy();
        }
        NETBOX_DOWN.set(false);
        // history keeps start times to the millisecond; instances of earlier tests must be strictly before
        Thread.sleep(5);
        testStart = Instant.now();
        Thread.sleep(5);
    }

    @Test
    void failedWorkflowsAreListedWithTheStepAndTheIncidentMessage() {
        NETBOX_DOWN.set(true);
        List<String> failed = List.of(start(FLAKY), start(FLAKY));
        String waiting = start(WAITING);
        awaitAll(failed, "failed");

        JsonNode page = search("?status=failed&started_after=" + testStart).json();

        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(failed).doesNotContain(waiting);
        assertThat(page.path("total").asLong()).isEqualTo(2);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("workflow").asText()).isEqualTo(FLAKY);
        assertThat(first.path("status").asText()).isEqualTo("failed");
        assertThat(first.path("failure").path("step").asText()).isEqualTo(FLAKY_STEP);
        assertThat(first.path("failure").path("message").asText()).contains("NetBox answered 503");
        assertThat(first.path("started_by").asText()).isEqualTo(DEMO_USER);
    }

    @Test
    void workflowStatusAndStartTimeNarrowTheListNewestFirst() {
        String older = start(WAITING);
        Instant between = Instant.now();
        sleep(5);
        String newer = start(WAITING);
        String completed = start(FLAKY);
        awaitAll(List.of(completed), "completed");

        assertThat(ids(search("?workflow=" + WAITING + "&started_after=" + testStart).json()))
                .containsExactly(newer, older);
        assertThat(ids(search("?workflow=" + WAITING + "&started_after=" + between).json()))
                .containsExactly(newer);
        assertThat(ids(search("?status=waiting&started_after=" + testStart).json()))
                .containsExactly(newer, older);
        assertThat(ids(search("?status=completed&started_after=" + testStart).json()))
                .containsExactly(completed);
        assertThat(ids(search("?status=running&started_after=" + testStart).json())).isEmpty();
    }

    @Test
    void aSubscriptionFindsTheWorkflowsThatWorkedOnIt() {
        UUID subscription = transaction.execute(status -> subscriptions.create("Node", "customer-1",
                "Node search-test", AuditContext.system()).id());
        String linked = start(WAITING);
        String other = start(WAITING);
        transaction.executeWithoutResult(status -> subscriptions.linkProcess(subscription, linked, WAITING,
                AuditContext.system()));

        JsonNode page = search("?subscription=" + subscription).json();

        assertThat(ids(page)).containsExactly(linked).doesNotContain(other);
    }

    @Test
    void pagesCountEveryMatchAndKeepTheOrder() {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(0, start(WAITING));
        }
        String filter = "?workflow=" + WAITING + "&started_after=" + testStart + "&size=2";

        JsonNode first = search(filter + "&page=0").json();
        JsonNode third = search(filter + "&page=2").json();

        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactlyElementsOf(started.subList(0, 2));
        assertThat(ids(third)).containsExactly(started.get(4));
    }

    @Test
    void bulkRetryGivesEveryFailedWorkflowAtTheStepOneMoreTryAndTheyFinish() {
        NETBOX_DOWN.set(true);
        List<String> failed = List.of(start(FLAKY), start(FLAKY), start(FLAKY));
        String unrelated = start(WAITING);
        awaitAll(failed, "failed");
        NETBOX_DOWN.set(false);

        var response = api().post("/api/processes/retry", Map.of("workflow", FLAKY, "step", FLAKY_STEP,
                "started_after", testStart.toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("retried").asInt()).isEqualTo(3);
        assertThat(response.json().path("more").asBoolean()).isFalse();
        List<String> retried = new ArrayList<>();
        response.json().path("process_ids").forEach(id -> retried.add(id.asText()));
        assertThat(retried).containsExactlyInAnyOrderElementsOf(failed);
        awaitAll(failed, "completed");
        assertThat(status(unrelated)).isEqualTo("waiting");
    }

    @Test
    void bulkRetryStopsAtItsLimitAndSaysMoreAreLeft() {
        NETBOX_DOWN.set(true);
        List<String> failed = List.of(start(FLAKY), start(FLAKY));
        awaitAll(failed, "failed");

        var response = api().post("/api/processes/retry", Map.of("workflow", FLAKY,
                "started_after", testStart.toString(), "limit", 1));

        assertThat(response.json().path("retried").asInt()).isEqualTo(1);
        assertThat(response.json().path("more").asBoolean()).isTrue();
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        assertBadParameter("?status=broken", "status", "running, waiting, failed, completed, aborted");
        assertBadParameter("?workflow=create_unicorn", "workflow", "known workflows");
        assertBadParameter("?subscription=not-a-uuid", "subscription", "UUID");
        assertBadParameter("?started_after=yesterday", "started_after", "");
        assertBadParameter("?size=0", "size", "between 1 and 200");
        assertBadParameter("?page=-1", "page", "0 or more");
        var badLimit = api().post("/api/processes/retry", Map.of("limit", 0));
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().path("parameter").asText()).isEqualTo("limit");
    }

    @Test
    void searchingNeedsCredentials() {
        assertThat(anonymous().get("/api/processes").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/processes/retry", Map.of()).status()).isEqualTo(401);
    }

    private void assertBadParameter(String query, String parameter, String hint) {
        var response = search(query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("parameter").asText()).as(query).isEqualTo(parameter);
        assertThat(response.json().path("detail").asText()).as(query).contains(hint);
    }

    private org.netorch.testsupport.ApiClient.Response search(String query) {
        return api().get("/api/processes" + query);
    }

    private String start(String key) {
        var response = api().post("/api/processes/" + key, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private String status(String processId) {
        return api().get("/api/processes/" + processId).json().path("status").asText();
    }

    private void awaitAll(List<String> processIds, String status) {
        Instant deadline = Instant.now().plus(DEADLINE);
        Predicate<String> reached = id -> status.equals(status(id));
        while (!processIds.stream().allMatch(reached) && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
        processIds.forEach(id -> assertThat(status(id)).as(id).isEqualTo(status));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("process_id").asText()));
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class TestWorkflows {

        @Bean
        WorkflowDefinition flakyWorkflow() {
            return new PlainWorkflow(FLAKY);
        }

        @Bean
        WorkflowDefinition waitingWorkflow() {
            return new PlainWorkflow(WAITING);
        }

        @Bean
        FlakyNetBox flakyNetBox() {
            return new FlakyNetBox();
        }
    }

    record PlainWorkflow(String key) implements WorkflowDefinition {

        @Override
        public Map<String, Object> startVariables(Map<String, Object> input) {
            return Map.of();
        }

        @Override
        public boolean createsSubscription() {
            return false;
        }
    }

    /** A step that fails the way a NetBox outage does, until NetBox is back. */
    public static class FlakyNetBox {

        public void call() {
            if (NETBOX_DOWN.get()) {
                throw new IllegalStateException("Call NetBox: GET /api/status/ → NetBox answered 503 Service Unavailable");
            }
        }
    }
}
