package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.process.circuit.CreateCircuitProcess;
import org.netorch.process.node.CreateNodeProcess;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.security.Victims.Typed;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.Subscription;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.WorkflowDriver;

/**
 * A task-local variable must not make a completion check see another value than the steps after the task use. Admins
 * may still write variables, so this is about scopes, not roles: with a valid choice hidden in a task-local variable of
 * the choice's name, a value the check refuses must not reach the process, whichever way the task is completed. The
 * workflow then builds from what the check accepted, or the completion is refused and the task stays open.
 */
class TaskLocalShadowIT extends TamperTest {

    /** Taken out of service in NetBox: not planned, so no router to enroll, though no subscription holds it. */
    private static final String OFFLINE = "loc4-core";
    private static final String PLANNED = "loc5-core";


    WorkflowDriver admin;
    long offline;
    long planned;

    @BeforeEach
    void aPlannedAndAnOfflineRouter() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        lookup.awaitAnswering();
        admin = new WorkflowDriver(api(), Duration.ofMillis(100));
        offline = lookup.deviceId(OFFLINE);
        planned = lookup.deviceId(PLANNED);
        netBox.updateDeviceStatus(offline, "offline");
    }

    @Test
    void completingOverEngineRestCannotEnrollADeviceTheCheckWouldRefuseBehindAValidTaskLocalChoice() {
        String process = admin.start(CreateNodeProcess.KEY, Map.of());
        String task = openTask(process);
        put(TamperTest.ENGINE_REST + "/task/" + task + "/localVariables/" + CreateNodeProcess.DEVICE_ID, Typed.id(planned));

        ApiClient.Response completed = api().post(TamperTest.ENGINE_REST + "/task/" + task + "/complete", Map.of("variables",
                Map.of(CreateNodeProcess.DEVICE_ID, Typed.id(offline).json())));

        assertEnrolledOnlyWhatTheCheckAccepted(process, task, completed, 204);
    }

    @Test
    void submittingTheFormCannotLeaveARefusedDeviceInTheProcessBehindAValidTaskLocalChoice() {
        String process = admin.start(CreateNodeProcess.KEY, Map.of());
        String task = openTask(process);
        put(TamperTest.ENGINE_REST + "/task/" + task + "/variables/" + CreateNodeProcess.DEVICE_ID, Typed.id(offline));
        put(TamperTest.ENGINE_REST + "/task/" + task + "/localVariables/" + CreateNodeProcess.DEVICE_ID, Typed.id(planned));

        ApiClient.Response completed = api().post("/api/processes/" + process + "/tasks/" + task,
                Map.of(CreateNodeProcess.DEVICE_ID, Long.toString(planned)));

        assertEnrolledOnlyWhatTheCheckAccepted(process, task, completed, 200);
    }

    @Test
    void completingOverEngineRestCannotCableAPortOfTheWrongSpeedBehindAValidTaskLocalChoice() {
        UUID a = admin.enrollNode(lookup.deviceId("loc1-core"));
        UUID b = admin.enrollNode(lookup.deviceId("loc2-core"));
        long slowPort = lookup.port("loc1-core", "2/1/c1/1");
        String process = admin.start(CreateCircuitProcess.KEY, Map.of());
        admin.completeOpenTask(process, Map.of(CreateCircuitProcess.PRODUCT, "Circuit 400G",
                CreateCircuitProcess.ROUTER_A, a.toString()));
        admin.completeOpenTask(process, Map.of(CreateCircuitProcess.ROUTER_B, b.toString()));
        JsonNode choosePorts = admin.await(process, p -> p.path("status").asText().equals("waiting"))
                .path("open_task");
        String task = choosePorts.path("id").asText();
        Map<String, Object> valid = FormValues.firstChoices(choosePorts);
        long fastPort = Long.parseLong(valid.get(CreateCircuitProcess.A_PORT).toString());
        put(TamperTest.ENGINE_REST + "/task/" + task + "/localVariables/" + CreateCircuitProcess.A_PORT, Typed.id(fastPort));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CreateCircuitProcess.A_PORT, Typed.id(slowPort).json());
        variables.put(CreateCircuitProcess.B_PORT, Typed.text(valid.get(CreateCircuitProcess.B_PORT)).json());

        ApiClient.Response completed = api().post(TamperTest.ENGINE_REST + "/task/" + task + "/complete",
                Map.of("variables", variables));

        JsonNode settled = settle(process, completed, task, 204);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(subscriptions.holderOf(ResourceClaim.INTERFACE, slowPort).map(Subscription::id))
                .as("a circuit holding the 100G port the check refuses").isEmpty();
        softly.assertThat(netBox.iface(slowPort).isCabled()).as("the 100G port cabled").isFalse();
        if (completed.status() == 204) {
            softly.assertThat(settled.path("subscription_ids")).as("%s", settled).hasSize(1);
            settled.path("subscription_ids").forEach(id -> softly.assertThat(
                    api().get("/api/subscriptions/" + id.asText()).json().path("circuit").path("endpoint_a")
                            .path("port_id").asLong()).as("the A port").isEqualTo(fastPort));
        }
        softly.assertAll();
    }

    /**
     * Either the completion was refused and the task is still open, or the workflow ran to its end on the planned
     * router the check accepted; the offline router is in no subscription and still offline in NetBox.
     */
    private void assertEnrolledOnlyWhatTheCheckAccepted(String process, String task, ApiClient.Response completed,
            int accepted) {
        JsonNode settled = settle(process, completed, task, accepted);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(holder(offline)).as("a node holding %s, which the check refuses", OFFLINE).isEmpty();
        softly.assertThat(netBox.device(offline).hasStatus("offline")).as("%s still offline in NetBox", OFFLINE).isTrue();
        if (completed.status() == accepted) {
            softly.assertThat(settled.path("outcome").asText()).as("%s", settled)
                    .isEqualTo(CreateNodeProcess.END_NODE_ACTIVE);
            softly.assertThat(holder(planned)).as("the node of %s", PLANNED)
                    .contains(settled.path("subscription_ids").path(0).asText());
        }
        softly.assertAll();
    }

    /** Refused: the task is still open. Accepted: the workflow is driven to its end, confirming configs as asked. */
    private JsonNode settle(String process, ApiClient.Response completed, String task, int accepted) {
        if (completed.status() != accepted) {
            assertThat(completed.status()).as(completed.body()).isBetween(400, 499);
            JsonNode view = admin.await(process, p -> !p.path("status").asText().equals("running"));
            assertThat(view.path("open_task").path("id").asText()).as("the task is still open").isEqualTo(task);
            return view;
        }
        JsonNode view = admin.await(process, p -> !p.path("status").asText().equals("running"));
        for (int step = 0; step < 3 && view.path("status").asText().equals("waiting"); step++) {
            admin.completeOpenTask(process, Map.of(ProcessVariables.CONFIG_APPLIED, true));
            view = admin.await(process, p -> !p.path("status").asText().equals("running"));
        }
        return view;
    }

    private String openTask(String process) {
        return admin.await(process, p -> p.path("status").asText().equals("waiting")).path("open_task").path("id")
                .asText();
    }

    private void put(String path, Typed value) {
        ApiClient.Response written = api().put(path, value.json());
        assertThat(written.status()).as("an admin writes %s: %s", path, written.body()).isEqualTo(204);
    }

    private Optional<String> holder(long device) {
        return transaction.execute(status -> subscriptions.holderOf(ResourceClaim.DEVICE, device).map(s -> s.id().toString()));
    }
}
