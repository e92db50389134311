package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** NetBox failing while an operator starts a workflow or completes a task: 503 naming the call, nothing changes. */
class NetBoxOutageIT extends AppIntegrationTest {

    @Autowired
    NetBoxClient netBox;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    RuntimeService runtimeService;

    WorkflowDriver operator;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        operator = WorkflowDriver.forTests(api());
    }

    @AfterEach
    void netBoxBack() {
        faults.clear();
    }

    @Test
    void startingCreateNodeWhileNetBoxIsDownIs503NamingTheCall() {
        long loc1 = deviceId("loc1-core");
        long running = runtimeService.createProcessInstanceQuery().count();
        netBoxDown();

        var response = api().post("/api/processes/create_node", Map.of("device_id", loc1));

        assertUnavailable(response, "GET /api/dcim/devices/");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(running);
    }

    @Test
    void startingCreateCircuitWhileNetBoxIsDownIs503NamingTheCall() {
        UUID loc1 = operator.enrollNode(deviceId("loc1-core"));
        UUID loc2 = operator.enrollNode(deviceId("loc2-core"));
        Map<String, Object> input = Map.of("product", "Circuit 400G", "router_a", loc1.toString(),
                "router_b", loc2.toString(), "a_port", port("loc1-core"), "b_port", port("loc2-core"));
        netBoxDown();

        var response = api().post("/api/processes/create_circuit", input);

        assertUnavailable(response, "GET /api/dcim/interfaces/");
    }

    @Test
    void completingTheNodeChoiceWhileNetBoxIsDownIs503AndTheTaskStaysOpen() {
        String process = operator.start("create_node", Map.of());
        JsonNode task = waitingTask(process);
        long loc1 = deviceId("loc1-core");
        netBoxDown();

        var response = api().post("/api/processes/" + process + "/tasks/" + task.path("id").asText(),
                Map.of("device_id", loc1));

        assertUnavailable(response, "GET /api/dcim/devices/");
        faults.clear();
        assertThat(waitingTask(process).path("id").asText()).isEqualTo(task.path("id").asText());
    }

    @Test
    void completingThePortChoiceWhileNetBoxIsDownIs503AndTheTaskStaysOpen() {
        UUID loc1 = operator.enrollNode(deviceId("loc1-core"));
        UUID loc2 = operator.enrollNode(deviceId("loc2-core"));
        String process = operator.start("create_circuit", Map.of());
        operator.completeOpenTask(process, Map.of("product", "Circuit 400G", "router_a", loc1.toString()));
        operator.completeOpenTask(process, Map.of("router_b", loc2.toString()));
        JsonNode task = waitingTask(process);
        assertThat(task.path("name").asText()).startsWith("Choose ports");
        Map<String, Object> ports = Map.of("a_port", port("loc1-core"), "b_port", port("loc2-core"));
        netBoxDown();

        var response = api().post("/api/processes/" + process + "/tasks/" + task.path("id").asText(), ports);

        assertUnavailable(response, "GET /api/dcim/interfaces/");
        faults.clear();
        assertThat(waitingTask(process).path("id").asText()).isEqualTo(task.path("id").asText());
    }

    @Test
    void confirmingAConfigDoesNotNeedNetBoxItsNextStepRetriesLater() {
        String process = operator.start("create_node", Map.of("device_id", deviceId("loc1-core")));
        JsonNode task = waitingTask(process);
        netBoxDown();

        var response = api().post("/api/processes/" + process + "/tasks/" + task.path("id").asText(),
                Map.of("config_applied", true));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void netBoxDown() {
        faults.inject(SimulatedFault.failNext("*", "/api/**", 503, 1000));
    }

    private static void assertUnavailable(ApiClient.Response response, String call) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("netbox_call").asText()).startsWith(call);
        assertThat(response.json().path("detail").asText()).contains("NetBox failed", "503");
    }

    private JsonNode waitingTask(String process) {
        return operator.await(process, p -> p.path("status").asText().equals("waiting")).path("open_task");
    }

    private long deviceId(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0).id();
    }

    private long port(String device) {
        return netBox.interfaces(InterfaceQuery.onDevice(deviceId(device))).stream()
                .filter(i -> i.name().equals("1/1/c1/1")).findFirst().orElseThrow().id();
    }
}
