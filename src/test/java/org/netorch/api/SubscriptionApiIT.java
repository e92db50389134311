package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class SubscriptionApiIT extends AppIntegrationTest {

    private static final AuditContext OPERATOR = AuditContext.user("alice", "api");

    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    private static final AtomicLong DEVICE_IDS = new AtomicLong(9_000);

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private UUID activeNode;
    private UUID initialNode;

    @BeforeEach
    void twoNodesOfThisTest() {
        activeNode = transaction.execute(status -> {
            Subscription s = subscriptions.create(Product.NODE, "customer-1", "Node loc1-core " + marker, OPERATOR);
            s.update(NodeBlock.of(DEVICE_IDS.incrementAndGet(), "loc1-core", "planned").withLoopbacks("10.0.0.1/32", "2001:db8::1/128"), OPERATOR);
            return s.id();
        });
        transaction.executeWithoutResult(status -> {
            subscriptions.transition(activeNode, SubscriptionStatus.PROVISIONING, OPERATOR);
            subscriptions.transition(activeNode, SubscriptionStatus.ACTIVE, OPERATOR);
        });
        initialNode = transaction.execute(status ->
                subscriptions.create(Product.NODE, "customer-1", "Node loc2-core " + marker, OPERATOR).id());
    }

    @Test
    void listsSubscriptionsFilteredByProductStatusAndDescriptionText() {
        JsonNode all = api().get("/api/subscriptions?q=" + marker).json();
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(ids(all)).containsExactly(initialNode.toString(), activeNode.toString());

        JsonNode active = api().get("/api/subscriptions?product=Node&status=active&q=" + marker).json();
        assertThat(ids(active)).containsExactly(activeNode.toString());

        JsonNode circuits = api().get("/api/subscriptions?product=Circuit%20400G&q=" + marker).json();
        assertThat(circuits.path("total").asInt()).isZero();
    }

    @Test
    void pagesThroughResults() {
        JsonNode first = api().get("/api/subscriptions?size=1&page=0&q=" + marker).json();
        JsonNode second = api().get("/api/subscriptions?size=1&page=1&q=" + marker).json();

        assertThat(first.path("total").asInt()).isEqualTo(2);
        assertThat(first.path("size").asInt()).isEqualTo(1);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(ids(first)).hasSize(1).doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void showsOneSubscriptionWithItsNodeBlock() {
        JsonNode node = api().get("/api/subscriptions/" + activeNode).json();

        assertThat(node.path("product").asText()).isEqualTo("Node");
        assertThat(node.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(node.path("insync").asBoolean()).isFalse();
        assertThat(node.path("start_date").isTextual()).isTrue();
        assertThat(node.path("node").path("node_name").asText()).isEqualTo("loc1-core");
        assertThat(node.path("node").path("ipv6_loopback").asText()).isEqualTo("2001:db8::1/128");
    }

    @Test
    void showsTheAuditTrailOldestFirstWithActorAndOldAndNewValues() {
        JsonNode events = api().get("/api/subscriptions/" + activeNode + "/events").json();

        List<String> statusChanges = new ArrayList<>();
        events.forEach(e -> {
            assertThat(e.path("actor").asText()).isEqualTo("alice");
            if (e.path("field").asText().equals("status")) {
                statusChanges.add(e.path("old_value").asText() + "->" + e.path("new_value").asText());
            }
        });
        assertThat(statusChanges).containsExactly("INITIAL->PROVISIONING", "PROVISIONING->ACTIVE");
    }

    @Test
    void showsTheWorkflowsThatTouchedASubscriptionWithTheirStatus() {
        String processId = startTouchingProcess(initialNode);

        JsonNode processes = api().get("/api/subscriptions/" + initialNode + "/processes").json();

        assertThat(processes).hasSize(1);
        assertThat(processes.get(0).path("process_id").asText()).isEqualTo(processId);
        assertThat(processes.get(0).path("workflow").asText()).isEqualTo("touch_subscription");
        assertThat(processes.get(0).path("status").asText()).isEqualTo("waiting");
    }

    @Test
    void anOperatorSetsASubscriptionInSyncOnlyOnceNoWorkflowWorksOnItAnyMore() {
        String processId = startTouchingProcess(initialNode);

        var refused = api().put("/api/subscriptions/" + initialNode + "/insync", Map.of("reason", "checked"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains(processId);
        assertThat(api().get("/api/subscriptions/" + initialNode).json().path("insync").asBoolean()).isFalse();

        runtimeService.deleteProcessInstance(processId, "operator gave up on it");
        var accepted = api().put("/api/subscriptions/" + initialNode + "/insync",
                Map.of("reason", "  NetBox checked by hand: device and loopbacks match  "));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("insync").asBoolean()).isTrue();
        JsonNode last = lastEvent(initialNode);
        assertThat(last.path("field").asText()).isEqualTo("insync");
        assertThat(last.path("new_value").asText()).isEqualTo("true");
        assertThat(last.path("actor").asText()).isEqualTo(DEMO_USER);
        assertThat(last.path("reason").asText()).isEqualTo("NetBox checked by hand: device and loopbacks match");
    }

    @Test
    void settingInSyncWithoutAReasonOrWithAnOverlongOneIsA400ThatChangesNothing() {
        String path = "/api/subscriptions/" + initialNode + "/insync";
        int eventsBefore = api().get("/api/subscriptions/" + initialNode + "/events").json().size();

        assertBadReason(api().send("PUT", path, null, null), "is required");
        assertBadReason(api().put(path, Map.of()), "is required");
        assertBadReason(api().put(path, Map.of("reason", "   ")), "is required");
        assertBadReason(api().put(path, Map.of("reason", "r".repeat(1001))), "at most 1000 characters");
        assertBadReason(api().put(path, "{\"reason\": 42}"), "must be a string");

        assertThat(api().get("/api/subscriptions/" + initialNode).json().path("insync").asBoolean()).isFalse();
        assertThat(api().get("/api/subscriptions/" + initialNode + "/events").json()).hasSize(eventsBefore);
        var longest = api().put(path, Map.of("reason", "r".repeat(1000)));
        assertThat(longest.status()).as(longest.body()).isEqualTo(200);
        assertThat(lastEvent(initialNode).path("reason").asText()).hasSize(1000);
    }

    @Test
    void eventsOfWorkflowStepsCarryNoReason() {
        assertThat(api().get("/api/subscriptions/" + activeNode + "/events").json())
                .allSatisfy(event -> assertThat(event.path("reason").isNull()).as(event.toString()).isTrue());
    }

    @Test
    void aMalformedIdIsA400ThatNamesTheParameter() {
        var response = api().get("/api/subscriptions/not-a-uuid");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("parameter").asText()).isEqualTo("id");
        assertThat(response.json().path("detail").asText()).contains("not-a-uuid").contains("UUID");
    }

    @Test
    void anUnknownIdIsA404Problem() {
        var response = api().get("/api/subscriptions/" + UUID.randomUUID() + "/events");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownFilterValuesAndBadPageSizesAre400sThatNameTheParameter() {
        assertBadParameter("/api/subscriptions?status=BOGUS", "status", "ACTIVE");
        assertBadParameter("/api/subscriptions?product=Router", "product", "Circuit 400G");
        assertBadParameter("/api/subscriptions?size=0", "size", "between 1 and 200");
        assertBadParameter("/api/subscriptions?size=5000", "size", "between 1 and 200");
        assertBadParameter("/api/subscriptions?page=-1", "page", "0 or more");
        assertBadParameter("/api/subscriptions?page=first", "page", "whole number");
    }

    private void assertBadParameter(String path, String parameter, String hint) {
        var response = api().get(path.replace(" ", "%20"));
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.json().path("parameter").asText()).as(path).isEqualTo(parameter);
        assertThat(response.json().path("detail").asText()).as(path).contains(hint);
        assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static void assertBadReason(ApiClient.Response response, String hint) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo("reason");
        assertThat(response.json().path("detail").asText()).contains(hint);
    }

    private String startTouchingProcess(UUID subscription) {
        repositoryService.createDeployment().name("api-test")
                .addModelInstance("touch.bpmn", Bpmn.createExecutableProcess("touch_subscription")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("userTask_look").endEvent().done())
                .enableDuplicateFiltering(true).deploy();
        String processId = runtimeService.startProcessInstanceByKey("touch_subscription").getId();
        transaction.executeWithoutResult(status ->
                subscriptions.linkProcess(subscription, processId, "touch_subscription", OPERATOR));
        return processId;
    }

    private JsonNode lastEvent(UUID subscription) {
        JsonNode events = api().get("/api/subscriptions/" + subscription + "/events").json();
        return events.get(events.size() - 1);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
