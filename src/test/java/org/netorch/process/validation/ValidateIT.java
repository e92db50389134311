package org.netorch.process.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The validate workflows over our API and real HTTP, with the job executor: two enrolled routers and a circuit between
 * them validate clean, one by one and all together; then NetBox is changed behind the orchestrator's back through the
 * simulator's API, and the next validations name each difference in the process view and the audit trail.
 */
class ValidateIT extends AppIntegrationTest {

    private static final String PORT = "1/1/c1/1";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxLookup lookup;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    CleanSlate cleanSlate;

    WorkflowDriver operator;
    UUID loc1;
    UUID loc2;
    String circuit;
    long aPort;

    @BeforeEach
    void twoNodesAndACircuit() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        lookup.awaitAnswering();
        operator = WorkflowDriver.forTests(api());
        loc1 = operator.enrollNode(lookup.deviceId("loc1-core"));
        loc2 = operator.enrollNode(lookup.deviceId("loc2-core"));
        aPort = lookup.port("loc1-core", PORT);
        String create = operator.start("create_circuit", Map.of("product", "Circuit 400G",
                "router_a", loc1.toString(), "router_b", loc2.toString(), "a_port", aPort,
                "b_port", lookup.port("loc2-core", PORT)));
        operator.completeOpenTask(create, Map.of("config_applied", true));
        circuit = operator.awaitEnd(create).path("subscription_ids").get(0).asText();
    }

    @Test
    void cleanSubscriptionsValidateInSyncAndDriftIsNamedInTheProcessViewAndTheAuditTrail() {
        JsonNode all = operator.awaitEnd(operator.start("validate_subscriptions", Map.of()));
        assertThat(all.path("outcome").asText()).isEqualTo(ValidateSubscriptionsProcess.END_VALIDATION_DONE);
        assertThat(all.path("summary")).isEqualTo(summary(3, 3, 0, 0));
        JsonNode node = operator.awaitEnd(operator.start("validate_node", Map.of("subscription_id", loc1.toString())));
        assertThat(node.path("outcome").asText()).isEqualTo("endEvent_inSync");
        assertThat(node.path("differences")).isEmpty();
        assertThat(node.path("subscription_ids").get(0).asText()).isEqualTo(loc1.toString());

        long cable = api().get("/api/subscriptions/" + circuit).json().path("circuit").path("circuit_id").asLong();
        IpAddress addressA = netBox.ipAddresses(IpAddressQuery.onInterface(aPort)).get(0);
        simulatorApi().patch("/api/dcim/cables/" + cable + "/", Map.of("status", "planned"));
        simulatorApi().patch("/api/ipam/ip-addresses/" + addressA.id() + "/",
                Map.of("address", "2001:db8:10::5/127"));

        JsonNode drift = operator.awaitEnd(operator.start("validate_circuit", Map.of("subscription_id", circuit)));

        assertThat(drift.path("outcome").asText()).isEqualTo("endEvent_driftFound");
        assertThat(drift.path("differences")).extracting(d -> d.path("subscription_id").asText(),
                        d -> d.path("field").asText(), d -> d.path("expected").asText(), d -> d.path("found").asText())
                .containsExactly(tuple(circuit, "circuit.circuit_status", "connected", "planned"),
                        tuple(circuit, "circuit.endpoint_a.v6_ip_address", addressA.address(),
                                "2001:db8:10::5/127"));
        JsonNode afterwards = api().get("/api/subscriptions/" + circuit).json();
        assertThat(afterwards.path("insync").asBoolean()).isFalse();
        assertThat(afterwards.path("status").asText()).isEqualTo("ACTIVE");
        JsonNode events = api().get("/api/subscriptions/" + circuit + "/events").json();
        assertThat(events).filteredOn(event -> event.path("field").asText().startsWith("drift."))
                .extracting(e -> e.path("field").asText(), e -> e.path("old_value").asText(),
                        e -> e.path("new_value").asText(), e -> e.path("process_instance_id").asText())
                .containsExactly(
                        tuple("drift.circuit.circuit_status", "connected", "planned", drift.path("id").asText()),
                        tuple("drift.circuit.endpoint_a.v6_ip_address", addressA.address(), "2001:db8:10::5/127",
                                drift.path("id").asText()));

        operator.assertStartRefused("validate_circuit", circuit, 409, "is out of sync");
        operator.assertStartRefused("validate_circuit", loc1.toString(), 400, "is a Node, not a circuit");
        operator.assertStartRefused("validate_node", circuit, 400, "not a node");
        Response unknownField = api().post("/api/processes/validate_subscriptions", Map.of("product", "Node"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("field").asText()).isEqualTo("product");
    }

    @Test
    void aRunOverSeveralSubscriptionsSummarizesWhatItFoundAndLeavesTheDriftedOneOutOfSync() {
        netBox.updateDeviceStatus(lookup.deviceId("loc2-core"), "offline");

        String run = operator.start("validate_subscriptions", Map.of());
        JsonNode done = operator.awaitEnd(run);

        assertThat(done.path("summary")).isEqualTo(summary(3, 2, 1, 0));
        assertThat(done.path("started_by").asText()).isEqualTo(DEMO_USER);
        assertThat(api().get("/api/subscriptions/" + loc2).json().path("insync").asBoolean()).isFalse();
        assertThat(api().get("/api/subscriptions/" + loc1).json().path("insync").asBoolean()).isTrue();
        assertThat(api().get("/api/subscriptions/" + circuit).json().path("insync").asBoolean()).isTrue();
        JsonNode validations = api().get("/api/processes?workflow=validate_node&subscription=" + loc2).json();
        assertThat(validations.path("total").asInt()).isEqualTo(1);
        JsonNode loc2Validation = api().get("/api/processes/" + validations.path("items").get(0).path("process_id").asText())
                .json();
        assertThat(loc2Validation.path("outcome").asText()).isEqualTo("endEvent_driftFound");
        assertThat(loc2Validation.path("differences")).extracting(d -> d.path("field").asText(),
                d -> d.path("found").asText()).containsExactly(tuple("node.node_status", "offline"));
        assertThat(api().get("/api/subscriptions/" + loc2 + "/events").json())
                .filteredOn(event -> event.path("field").asText().startsWith("drift."))
                .as("a called validation's steps are done for the user who started the run")
                .extracting(e -> e.path("actor").asText(), e -> e.path("via").asText())
                .containsExactly(tuple(DEMO_USER, "job"));

        // started as Tasklist starts it, at the timer start event, which is the only start event
        Response fromTasklist = api().as("operator", "operator")
                .post("/engine-rest/process-definition/key/validate_subscriptions/start", Map.of());
        assertThat(fromTasklist.status()).as(fromTasklist.body()).isEqualTo(200);
        JsonNode again = operator.awaitEnd(fromTasklist.json().path("id").asText());
        assertThat(again.path("summary")).as("the drifted node is out of sync, so not validated again")
                .isEqualTo(summary(2, 2, 0, 0));
        assertThat(again.path("started_by").asText()).isEqualTo("operator");
    }

    private static JsonNode summary(int checked, int inSync, int drift, int skipped) {
        return new ObjectMapper().valueToTree(Map.of("checked", checked,
                "in_sync", inSync, "drift", drift, "skipped", skipped));
    }


    private ApiClient simulatorApi() {
        return ApiClient.netBox("http://127.0.0.1:" + port + "/netbox", SimulatorProperties.DEMO_TOKEN);
    }
}
