package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.process.node.TerminateNodeProcess;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole life of circuits and nodes over our API and real HTTP, with the job executor: enrol, build, terminate,
 * build again on the freed ports; terminate_node refused while a circuit lives; orphans left by Cockpit's Cancel.
 */
class TerminateCircuitIT extends AppIntegrationTest {

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
    @Autowired
    RuntimeService runtimeService;

    WorkflowDriver operator;
    UUID loc1;
    UUID loc2;
    long aPort;
    long bPort;

    @BeforeEach
    void twoEnrolledRouters() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        lookup.awaitAnswering();
        operator = WorkflowDriver.forTests(api());
        loc1 = operator.enrollNode(lookup.deviceId("loc1-core"));
        loc2 = operator.enrollNode(lookup.deviceId("loc2-core"));
        aPort = lookup.port("loc1-core", "1/1/c1/1");
        bPort = lookup.port("loc2-core", "1/1/c1/1");
    }

    @Test
    void aCircuitIsTerminatedItsPortsCarryTheNextOneAndThenBothNodesGo() {
        String circuit = buildCircuit();
        operator.assertStartRefused("terminate_node", loc1.toString(), 409, "still carries circuit " + circuit);

        String terminate = operator.start("terminate_circuit", Map.of());
        JsonNode choice = operator.completeOpenTask(terminate, Map.of("subscription_id", circuit));
        assertThat(choice.path("name").asText()).isEqualTo("Choose circuit to terminate");
        JsonNode removal = operator.completeOpenTask(terminate, Map.of("config_removed", true));
        assertThat(removal.path("name").asText()).isEqualTo("Remove configuration from loc1-core and loc2-core");
        assertThat(removal.path("variables").path("config_text_a").asText())
                .contains("interface 1/1/c1/1", "no ipv6 address");
        assertThat(operator.awaitEnd(terminate).path("outcome").asText())
                .isEqualTo(TerminateCircuitProcess.END_CIRCUIT_TERMINATED);

        JsonNode terminated = api().get("/api/subscriptions/" + circuit).json();
        assertThat(terminated.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.path("end_date").isNull()).isFalse();
        assertNetBoxHasNothingOf(circuit);

        String next = buildCircuit();
        assertThat(api().get("/api/subscriptions/" + next).json().path("status").asText()).isEqualTo("ACTIVE");
        String second = operator.start("terminate_circuit", Map.of("subscription_id", next));
        operator.completeOpenTask(second, Map.of("config_removed", true));
        operator.awaitEnd(second);
        assertNetBoxHasNothingOf(next);

        for (UUID node : new UUID[] {loc1, loc2}) {
            String process = operator.start("terminate_node", Map.of("subscription_id", node.toString()));
            assertThat(operator.awaitEnd(process).path("outcome").asText())
                    .isEqualTo(TerminateNodeProcess.END_NODE_TERMINATED);
            assertThat(api().get("/api/subscriptions/" + node).json().path("status").asText())
                    .isEqualTo("TERMINATED");
        }
        assertThat(netBox.device(lookup.deviceId("loc1-core")).hasStatus("decommissioning")).isTrue();
        assertThat(netBox.device(lookup.deviceId("loc2-core")).hasStatus("decommissioning")).isTrue();
    }

    @Test
    void aCreateCancelledInCockpitLeavesAnOrphanThatTerminateCleansUp() {
        String create = operator.start("create_circuit", Map.of("product", "Circuit 400G",
                "router_a", loc1.toString(), "router_b", loc2.toString(), "a_port", aPort, "b_port", bPort));
        JsonNode waiting = operator.await(create, p -> p.path("status").asText().equals("waiting"));
        String orphan = waiting.path("subscription_ids").get(0).asText();
        operator.assertStartRefused("terminate_circuit", orphan, 409, "still being worked on by process " + create);

        runtimeService.deleteProcessInstance(create, "Cancelled in Cockpit", true);
        JsonNode left = api().get("/api/subscriptions/" + orphan).json();
        assertThat(left.path("status").asText()).isEqualTo("PROVISIONING");
        assertThat(left.path("insync").asBoolean()).isFalse();
        assertThat(netBox.cables(CableQuery.all())).anyMatch(cable -> cable.description().contains(orphan));

        String terminate = operator.start("terminate_circuit", Map.of("subscription_id", orphan));
        operator.completeOpenTask(terminate, Map.of("config_removed", true));
        assertThat(operator.awaitEnd(terminate).path("outcome").asText())
                .isEqualTo(TerminateCircuitProcess.END_CIRCUIT_TERMINATED);

        assertThat(api().get("/api/subscriptions/" + orphan).json().path("status").asText()).isEqualTo("TERMINATED");
        assertNetBoxHasNothingOf(orphan);
        assertThat(api().get("/api/subscriptions/" + buildCircuit()).json().path("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void badOrIneligibleInputIsRefusedAndACancelledModifyIsSetInSyncAsActiveAgain() {
        String circuit = buildCircuit();
        String modify = operator.start("modify_circuit", Map.of("subscription_id", circuit));
        operator.completeOpenTask(modify, Map.of("under_maintenance", false));
        operator.await(modify, p -> p.path("open_task").path("name").asText().startsWith("Apply configuration"));

        operator.assertStartRefused("terminate_circuit", circuit, 409, "still being worked on by process " + modify);
        operator.assertStartRefused("terminate_circuit", "circuit-7", 400, "not a subscription id");
        operator.assertStartRefused("terminate_circuit", UUID.randomUUID().toString(), 400, "no subscription");
        operator.assertStartRefused("terminate_circuit", loc1.toString(), 400, "is a Node, not a Circuit");
        operator.assertStartRefused("terminate_node", circuit, 400, "not a Node");
        Response unknownField = api().post("/api/processes/terminate_node", Map.of("device_id", 1));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("field").asText()).isEqualTo("device_id");

        runtimeService.deleteProcessInstance(modify, "Cancelled in Cockpit", true);
        assertThat(api().get("/api/subscriptions/" + circuit).json().path("status").asText())
                .isEqualTo("PROVISIONING");
        Response resync = api().put("/api/subscriptions/" + circuit + "/insync",
                Map.of("reason", "the cancelled modify changed nothing in NetBox"));
        assertThat(resync.status()).as(resync.body()).isEqualTo(200);
        JsonNode back = api().get("/api/subscriptions/" + circuit).json();
        assertThat(back.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(back.path("insync").asBoolean()).isTrue();
    }

    private String buildCircuit() {
        String process = operator.start("create_circuit", Map.of("product", "Circuit 400G",
                "router_a", loc1.toString(), "router_b", loc2.toString(), "a_port", aPort, "b_port", bPort));
        operator.completeOpenTask(process, Map.of("config_applied", true));
        return operator.awaitEnd(process).path("subscription_ids").get(0).asText();
    }

    private void assertNetBoxHasNothingOf(String subscriptionId) {
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(subscriptionId))).isEmpty();
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(subscriptionId))).isEmpty();
        assertThat(netBox.cables(CableQuery.all())).noneMatch(cable -> cable.description().contains(subscriptionId));
        assertThat(netBox.iface(aPort).isCabled()).isFalse();
        assertThat(netBox.iface(bPort).isCabled()).isFalse();
    }
}
