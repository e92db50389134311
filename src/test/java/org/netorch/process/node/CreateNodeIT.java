package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netorch.process.node.CreateNodeProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** create_node over our API and real HTTP, with the job executor running as in production. */
class CreateNodeIT extends AppIntegrationTest {

    @Autowired
    NetBoxClient netBox;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    SimulatorJournal journal;
    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
        journal.clear();
    }

    @AfterEach
    void noFaultsLeft() {
        faults.clear();
    }

    @Test
    void enrollsARouterFromStartToActiveWithEveryChangeInTheAuditTrail() {
        long loc1 = deviceId("loc1-core");
        String process = start(Map.of(DEVICE_ID, loc1));

        JsonNode waiting = awaitProcess(process, p -> p.path("status").asText().equals("waiting"));
        JsonNode task = waiting.path("open_task");
        assertThat(task.path("name").asText()).isEqualTo("Apply configuration to loc1-core");
        Response completed = api().post("/api/processes/" + process + "/tasks/" + task.path("id").asText(),
                Map.of(CONFIG_APPLIED, true));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);

        JsonNode done = awaitProcess(process, p -> p.path("status").asText().equals("completed"));
        assertThat(done.path("outcome").asText()).isEqualTo(END_NODE_ACTIVE);
        String subscriptionId = done.path("subscription_ids").get(0).asText();
        JsonNode subscription = api().get("/api/subscriptions/" + subscriptionId).json();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("insync").asBoolean()).isTrue();
        assertThat(subscription.path("description").asText()).isEqualTo("Node loc1-core");
        assertThat(subscription.path("node").path("ipv4_loopback").asText()).isEqualTo("10.0.0.1/32");
        assertThat(netBox.device(loc1).hasStatus("active")).isTrue();

        List<String> statusChanges = new ArrayList<>();
        for (JsonNode event : api().get("/api/subscriptions/" + subscriptionId + "/events").json()) {
            assertThat(event.path("process_instance_id").asText()).isEqualTo(process);
            assertThat(event.path("actor").asText()).isEqualTo(DEMO_USER);
            if (event.path("field").asText().equals("status")) {
                statusChanges.add(event.path("old_value").asText() + "->" + event.path("new_value").asText());
            }
        }
        assertThat(statusChanges).containsExactly("INITIAL->PROVISIONING", "PROVISIONING->ACTIVE");
        assertThat(api().get("/api/subscriptions/" + subscriptionId + "/processes").json().get(0)
                .path("status").asText()).isEqualTo("completed");
    }

    @Test
    void tenConcurrentStartsForOneRouterGiveExactlyOneSubscription() throws Exception {
        long loc2 = deviceId("loc2-core");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<Response> start = () -> api().post("/api/processes/create_node", Map.of(DEVICE_ID, loc2));
            answers.add(pool.submit(start));
        }
        List<String> started = new ArrayList<>();
        int refused = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.status() == 201) {
                started.add(response.json().path("id").asText());
            } else {
                assertThat(response.status()).isEqualTo(400);
                assertThat(response.json().path("detail").asText()).contains("already enrolled");
                refused++;
            }
        }
        pool.shutdown();

        List<String> outcomes = new ArrayList<>();
        for (String process : started) {
            JsonNode settled = awaitProcess(process, p -> !p.path("status").asText().equals("running"));
            outcomes.add(settled.path("status").asText().equals("waiting") ? "waiting" : settled.path("outcome").asText());
        }
        assertThat(outcomes).containsOnlyOnce("waiting");
        // a start whose first step runs after another enrolled the device is refused there, else by the model step
        assertThat(outcomes).filteredOn(o -> !o.equals("waiting"))
                .allMatch(o -> o.equals(END_CHOICE_REFUSED) || o.equals(END_START_INPUT_REFUSED));
        assertThat(started.size() + refused).isEqualTo(10);
        JsonNode nodes = api().get("/api/subscriptions?product=Node&q=loc2-core&status=PROVISIONING").json();
        assertThat(nodes.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void anIncidentIsRetriedOverTheApiAndTheDeviceIsWrittenOnce() {
        long loc3 = deviceId("loc3-core");
        String process = start(Map.of(DEVICE_ID, loc3));
        String taskId = awaitProcess(process, p -> p.path("status").asText().equals("waiting"))
                .path("open_task").path("id").asText();
        faults.inject(SimulatedFault.failNext("PATCH", "/api/dcim/devices/*/", 503, 2));

        api().post("/api/processes/" + process + "/tasks/" + taskId, Map.of(CONFIG_APPLIED, true));
        JsonNode failed = awaitProcess(process, p -> p.path("status").asText().equals("failed"));

        assertThat(failed.path("failure").path("step").asText())
                .isEqualTo(UPDATE_NODE_STATUS_IN_NETBOX);
        assertThat(failed.path("failure").path("message").asText())
                .startsWith("Update node status in NetBox: PATCH /api/dcim/devices/" + loc3 + "/ → 503");
        assertThat(api().post("/api/processes/" + process + "/retry", Map.of()).status()).isEqualTo(200);
        JsonNode done = awaitProcess(process, p -> p.path("status").asText().equals("completed"));
        assertThat(done.path("outcome").asText()).isEqualTo(END_NODE_ACTIVE);
        assertThat(journal.writes()).extracting(e -> e.method() + " " + e.status())
                .containsExactly("PATCH 503", "PATCH 503", "PATCH 200");
    }

    @Test
    void badStartInputIsRefusedWithTheFieldAndNothingStarts() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        long loc4 = deviceId("loc4-core");
        netBox.updateDeviceStatus(deviceId("loc5-core"), "active");
        String enrolled = start(Map.of(DEVICE_ID, loc4));
        awaitProcess(enrolled, p -> p.path("status").asText().equals("waiting"));

        assertRefused(Map.of(DEVICE_ID, 999_999), DEVICE_ID, "NetBox has no device 999999");
        assertRefused(Map.of(DEVICE_ID, "loc1"), DEVICE_ID, "not a NetBox device id");
        assertRefused(Map.of(DEVICE_ID, deviceId("loc5-core")), DEVICE_ID, "loc5-core is active in NetBox");
        assertRefused(Map.of(DEVICE_ID, loc4), DEVICE_ID, "already enrolled");
        assertRefused(Map.of("router", "loc1-core"), "router", "unknown field");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .isEqualTo(before + 1);
    }

    @Test
    void badTaskCompletionsAreRefusedAndChangeNothing() {
        String process = start(Map.of(DEVICE_ID, deviceId("loc1-core")));
        String taskId = awaitProcess(process, p -> p.path("status").asText().equals("waiting"))
                .path("open_task").path("id").asText();

        Response unticked = api().post("/api/processes/" + process + "/tasks/" + taskId, Map.of());
        assertThat(unticked.status()).isEqualTo(400);
        assertThat(unticked.json().path("field").asText()).isEqualTo(CONFIG_APPLIED);
        Response falseBox = api().post("/api/processes/" + process + "/tasks/" + taskId,
                Map.of(CONFIG_APPLIED, false));
        assertThat(falseBox.status()).isEqualTo(400);
        assertThat(api().post("/api/processes/" + process + "/tasks/no-such-task", Map.of(CONFIG_APPLIED, true))
                .status()).isEqualTo(404);
        assertThat(api().get("/api/processes/" + process).json().path("open_task").path("id").asText())
                .isEqualTo(taskId);

        assertThat(api().post("/api/processes/" + process + "/tasks/" + taskId, Map.of(CONFIG_APPLIED, true))
                .status()).isEqualTo(200);
        Response twice = api().post("/api/processes/" + process + "/tasks/" + taskId, Map.of(CONFIG_APPLIED, true));
        assertThat(twice.status()).isEqualTo(404);
        assertThat(twice.contentType()).startsWith("application/problem+json");
    }

    private void assertRefused(Map<String, Object> input, String field, String reason) {
        Response response = api().post("/api/processes/create_node", input);
        assertThat(response.status()).as(input.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("detail").asText()).contains(reason);
    }

    private String start(Map<String, Object> input) {
        return WorkflowDriver.forTests(api()).start(KEY, input);
    }

    private JsonNode awaitProcess(String id, Predicate<JsonNode> condition) {
        return WorkflowDriver.forTests(api()).await(id, condition);
    }

    private long deviceId(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0).id();
    }
}
