package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths that skip our API: a workflow started through Camunda's {@code /engine-rest} (as Tasklist's generic start
 * form does) checks its input in its first step and ends without writing anything when it is wrong; a running
 * workflow cannot be pointed at another subscription, nor its audit actor changed, by editing its variables.
 */
class EngineRestStartIT extends AppIntegrationTest {

    private static final String REFUSED = "endEvent_startInputRefused";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxLookup lookup;
    @Autowired
    SimulatorState simulator;
    @Autowired
    CleanSlate cleanSlate;

    WorkflowDriver admin;
    ApiClient operator;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
        admin = WorkflowDriver.forTests(api());
        operator = api().as("operator", "operator");
    }

    @Test
    void anActiveDeviceGivenThroughEngineRestEndsTheEnrolmentBeforeItWritesAnything() {
        long loc1 = lookup.deviceId("loc1-core");
        admin.enrollNode(loc1);
        int subscriptionsBefore = subscriptionCount();

        JsonNode ended = startThroughEngineRest("create_node", Map.of("device_id", Long.toString(loc1)));

        assertThat(ended.path("outcome").asText()).isEqualTo(REFUSED);
        assertThat(ended.path("refusal").asText()).startsWith("device_id:").contains("loc1-core");
        assertThat(ended.path("subscription_ids")).isEmpty();
        assertThat(subscriptionCount()).isEqualTo(subscriptionsBefore);
        assertThat(netBox.devices(DeviceQuery.all().withName("loc1-core")).get(0).hasStatus("active")).isTrue();
    }

    @Test
    void aVariableTheWorkflowDoesNotTakeIsRefusedByName() {
        int subscriptionsBefore = subscriptionCount();

        JsonNode ended = startThroughEngineRest("create_node",
                Map.of("device_id", Long.toString(lookup.deviceId("loc2-core")), "cable_id", "7"));

        assertThat(ended.path("outcome").asText()).isEqualTo(REFUSED);
        assertThat(ended.path("refusal").asText()).startsWith("cable_id:");
        assertThat(subscriptionCount()).isEqualTo(subscriptionsBefore);
    }

    @Test
    void aCircuitBetweenPortsOfOtherRoutersEndsBeforeAnyCableOrPrefix() {
        UUID a = admin.enrollNode(lookup.deviceId("loc1-core"));
        UUID b = admin.enrollNode(lookup.deviceId("loc2-core"));
        int cablesBefore = netBox.cables(CableQuery.all()).size();
        int subscriptionsBefore = subscriptionCount();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("product", "Circuit 400G");
        input.put("router_a", a.toString());
        input.put("router_b", b.toString());
        input.put("a_port", Long.toString(lookup.port("loc3-core", "1/1/c1/1")));
        input.put("b_port", Long.toString(lookup.port("loc2-core", "1/1/c1/1")));

        JsonNode ended = startThroughEngineRest("create_circuit", input);

        assertThat(ended.path("outcome").asText()).isEqualTo(REFUSED);
        assertThat(ended.path("refusal").asText()).startsWith("a_port:");
        assertThat(subscriptionCount()).isEqualTo(subscriptionsBefore);
        assertThat(netBox.cables(CableQuery.all())).hasSize(cablesBefore);
    }

    @Test
    void aNodeGivenToModifyCircuitIsRefusedAndTheNodeKeepsItsState() {
        UUID node = admin.enrollNode(lookup.deviceId("loc1-core"));

        JsonNode ended = startThroughEngineRest("modify_circuit", Map.of("subscription_id", node.toString()));

        assertThat(ended.path("outcome").asText()).isEqualTo(REFUSED);
        assertThat(ended.path("refusal").asText()).startsWith("subscription_id:").contains("not a circuit");
        JsonNode subscription = api().get("/api/subscriptions/" + node).json();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("insync").asBoolean()).isTrue();
    }

    @Test
    void aSubscriptionIdWrittenMidWayIsIgnoredAndTouchesNoOtherSubscription() {
        UUID other = admin.enrollNode(lookup.deviceId("loc1-core"));
        String process = WorkflowDriver.forTests(operator).start("create_node",
                Map.of("device_id", lookup.deviceId("loc2-core")));
        admin.await(process, p -> p.path("status").asText().equals("waiting"));
        // an admin may still write variables; no step reads this one to learn its subscription
        var redirected = api().put("/engine-rest/process-instance/" + process + "/variables/subscription_id",
                Map.of("value", other.toString(), "type", "String"));
        assertThat(redirected.status()).as(redirected.body()).isEqualTo(204);

        admin.completeOpenTask(process, Map.of("config_applied", true));

        JsonNode done = admin.awaitEnd(process);
        assertThat(done.path("outcome").asText()).isEqualTo("endEvent_nodeActive");
        assertThat(done.path("subscription_ids")).singleElement()
                .satisfies(own -> assertThat(own.asText()).isNotEqualTo(other.toString()));
        assertThat(api().get("/api/subscriptions/" + other + "/events").json())
                .noneMatch(event -> process.equals(event.path("process_instance_id").asText()));
        assertThat(api().get("/api/subscriptions/" + other).json().path("insync").asBoolean()).isTrue();
    }

    @Test
    void jobStepsAreAuditedAsTheUserWhoStartedTheWorkflowWhateverItsVariablesSay() {
        String process = WorkflowDriver.forTests(operator).start("create_node",
                Map.of("device_id", lookup.deviceId("loc3-core")));
        admin.await(process, p -> p.path("status").asText().equals("waiting"));
        var forged = api().put("/engine-rest/process-instance/" + process + "/variables/started_by",
                Map.of("value", "mallory", "type", "String"));
        assertThat(forged.status()).as(forged.body()).isEqualTo(204);

        admin.completeOpenTask(process, Map.of("config_applied", true));

        String subscription = admin.awaitEnd(process).path("subscription_ids").get(0).asText();
        JsonNode events = api().get("/api/subscriptions/" + subscription + "/events").json();
        assertThat(events).noneMatch(event -> event.path("actor").asText().equals("mallory"));
        assertThat(events).filteredOn(event -> event.path("via").asText().equals("job"))
                .isNotEmpty()
                .allMatch(event -> event.path("actor").asText().equals("operator"));
    }

    private JsonNode startThroughEngineRest(String key, Map<String, Object> input) {
        Map<String, Object> variables = new LinkedHashMap<>();
        input.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        var started = operator.post("/engine-rest/process-definition/key/" + key + "/start",
                Map.of("variables", variables));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return admin.awaitEnd(started.json().path("id").asText());
    }

    private int subscriptionCount() {
        return api().get("/api/subscriptions?size=100").json().path("total").asInt();
    }
}
