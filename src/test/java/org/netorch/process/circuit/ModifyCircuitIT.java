package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netorch.process.circuit.ModifyCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;
import static org.netorch.process.shared.ProcessVariables.SUBSCRIPTION_ID;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** modify_circuit over our API and real HTTP, with the job executor running as in production. */
class ModifyCircuitIT extends AppIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String CIRCUIT_LOC1_LOC2 = "loc1-core:1/1/c1/1 <--> loc2-core:1/1/c1/1";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorJournal journal;
    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    RuntimeService runtimeService;

    CircuitFixture fixture;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
        journal.clear();
        fixture = new CircuitFixture(subscriptions, transaction, netBox);
    }

    @Test
    void takesACircuitOutOfMaintenanceAndBackWithEveryChangeInTheAuditTrail() {
        UUID circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);

        String toNormal = start(Map.of());
        JsonNode choice = awaitOpenTask(toNormal, "Choose circuit to modify");
        complete(toNormal, choice, Map.of(SUBSCRIPTION_ID, circuit.toString()));
        JsonNode mode = awaitOpenTask(toNormal, "Choose maintenance mode for " + CIRCUIT_LOC1_LOC2);
        assertThat(mode.path("variables").path(UNDER_MAINTENANCE).asBoolean()).isTrue();
        complete(toNormal, mode, Map.of(UNDER_MAINTENANCE, false));
        JsonNode config = awaitOpenTask(toNormal, "Apply configuration to loc1-core and loc2-core");
        assertThat(config.path("variables").path(CONFIG_TEXT_A).asText()).contains("isis metric 10 level-2");
        assertThat(config.path("variables").path(CONFIG_TEXT_B).asText()).contains("isis metric 10 level-2");
        complete(toNormal, config, Map.of(CONFIG_APPLIED, true));
        assertCompleted(toNormal);

        JsonNode normal = api().get("/api/subscriptions/" + circuit).json();
        assertThat(normal.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(normal.path("insync").asBoolean()).isTrue();
        assertThat(normal.path("circuit").path("under_maintenance").asBoolean()).isFalse();

        String toMaintenance = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        mode = awaitOpenTask(toMaintenance, "Choose maintenance mode for " + CIRCUIT_LOC1_LOC2);
        assertThat(mode.path("variables").path(UNDER_MAINTENANCE).asBoolean()).isFalse();
        complete(toMaintenance, mode, Map.of(UNDER_MAINTENANCE, true));
        config = awaitOpenTask(toMaintenance, "Apply configuration to loc1-core and loc2-core");
        assertThat(config.path("variables").path(CONFIG_TEXT_A).asText())
                .contains("isis metric 15000000 level-2");
        assertThat(config.path("variables").path(CONFIG_TEXT_B).asText())
                .contains("isis metric 15000000 level-2");
        complete(toMaintenance, config, Map.of(CONFIG_APPLIED, true));
        assertCompleted(toMaintenance);

        JsonNode drained = api().get("/api/subscriptions/" + circuit).json();
        assertThat(drained.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(drained.path("insync").asBoolean()).isTrue();
        assertThat(drained.path("circuit").path("under_maintenance").asBoolean()).isTrue();

        JsonNode events = api().get("/api/subscriptions/" + circuit + "/events").json();
        assertThat(changes(events, "circuit.under_maintenance")).containsExactly(
                "null->true by setup", "true->false in " + toNormal, "false->true in " + toMaintenance);
        assertThat(changes(events, "status")).endsWith(
                "ACTIVE->PROVISIONING in " + toNormal, "PROVISIONING->ACTIVE in " + toNormal,
                "ACTIVE->PROVISIONING in " + toMaintenance, "PROVISIONING->ACTIVE in " + toMaintenance);
        assertThat(changes(events, "insync")).endsWith(
                "true->false in " + toNormal, "false->true in " + toNormal,
                "true->false in " + toMaintenance, "false->true in " + toMaintenance);
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void refusesCircuitsThatAreNotModifiableAndStartsNothing() {
        UUID outOfSync = fixture.activeCircuit("loc1-core", "loc2-core", 7);
        fixture.takeOutOfSync(outOfSync);
        UUID provisioning = fixture.provisioningCircuit("loc3-core", "loc4-core");
        UUID node = fixture.activeNode("loc5-core");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertRefused(provisioning.toString(), 409, "is PROVISIONING, not ACTIVE");
        assertRefused(outOfSync.toString(), 409, "is out of sync");
        assertRefused(node.toString(), 400, "is a Node, not a circuit");
        assertRefused(UUID.randomUUID().toString(), 400, "no subscription");
        assertRefused("circuit-7", 400, "not a subscription id");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .isEqualTo(before);
    }

    @Test
    void concurrentModificationsOfOneCircuitLetExactlyOneThrough() throws Exception {
        UUID circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Response> start = () -> api().post("/api/processes/modify_circuit",
                    Map.of(SUBSCRIPTION_ID, circuit.toString()));
            answers.add(pool.submit(start));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.status() == 201) {
                JsonNode settled = awaitProcess(response.json().path("id").asText(),
                        p -> !p.path("status").asText().equals("running"));
                outcomes.add(settled.path("status").asText().equals("waiting")
                        ? settled.path("open_task").path("name").asText() : settled.path("outcome").asText());
            } else {
                assertThat(response.status()).as(response.body()).isEqualTo(409);
                outcomes.add("refused");
            }
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("Choose maintenance mode for " + CIRCUIT_LOC1_LOC2);
        assertThat(outcomes).hasSize(4).filteredOn(o -> !o.startsWith("Choose"))
                // a start can lose the race at its first step (the circuit already out of sync) or at the lock
                .allMatch(o -> o.equals("refused") || o.equals(END_START_INPUT_REFUSED)
                        || o.equals(END_SUBSCRIPTION_BUSY));
        JsonNode events = api().get("/api/subscriptions/" + circuit + "/events").json();
        assertThat(changes(events, "insync")).filteredOn(c -> c.contains(" in ")).hasSize(1);
    }

    @Test
    void anAbortAfterTheLockPutsTheCircuitBackInSyncAsItWas() {
        UUID circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);
        String process = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        awaitOpenTask(process, "Choose maintenance mode for " + CIRCUIT_LOC1_LOC2);

        abort(process, "wrong circuit");

        JsonNode events = assertActiveInSync(circuit, true);
        assertThat(changes(events, "insync")).endsWith("true->false in " + process, "false->true in " + process);
        assertThat(reasons(events, process)).containsExactly("Aborted by demo: wrong circuit");
        assertThat(changes(events, "status")).noneMatch(change -> change.endsWith(process));
        assertModifiableAgain(circuit);
    }

    @Test
    void anAbortAfterTheModeWasRecordedPutsThePreviousModeAndStatusBack() {
        UUID circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);
        String process = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        chooseMode(process, false);
        assertThat(api().get("/api/subscriptions/" + circuit).json().path("status").asText())
                .isEqualTo("PROVISIONING");

        abort(process, "maintenance window closed");

        JsonNode events = assertActiveInSync(circuit, true);
        assertThat(changes(events, "circuit.under_maintenance")).containsExactly(
                "null->true by setup", "true->false in " + process, "false->true in " + process);
        assertThat(changes(events, "status")).endsWith(
                "ACTIVE->PROVISIONING in " + process, "PROVISIONING->ACTIVE in " + process);
        assertThat(reasons(events, process)).containsOnly("Aborted by demo: maintenance window closed").hasSize(3);
        assertThat(journal.writes()).isEmpty();
        assertModifiableAgain(circuit);
    }

    @Test
    void anAbortAtTheConfigTaskOfADrainLeavesTheCircuitOutOfMaintenanceAsBefore() {
        UUID circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);
        String toNormal = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        complete(toNormal, chooseMode(toNormal, false), Map.of(CONFIG_APPLIED, true));
        assertCompleted(toNormal);
        String drain = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        JsonNode config = chooseMode(drain, true);
        assertThat(config.path("variables").path(CONFIG_TEXT_A).asText()).contains("isis metric 15000000 level-2");

        abort(drain, "traffic peak");

        assertActiveInSync(circuit, false);
        String next = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        assertThat(awaitOpenTask(next, "Choose maintenance mode for " + CIRCUIT_LOC1_LOC2).path("variables")
                .path(UNDER_MAINTENANCE).asBoolean()).isFalse();
        assertThat(chooseMode(next, false).path("variables").path(CONFIG_TEXT_A).asText())
                .contains("isis metric 10 level-2");
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void settingInSyncACircuitAModifyCancelledInCockpitLeftProvisioningMakesItActiveAgain() {
        UUID circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);
        String process = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        chooseMode(process, false);
        // Cockpit's cancel skips our API, so nothing is put back
        runtimeService.deleteProcessInstance(process, "cancelled in Cockpit", true, true);
        JsonNode left = api().get("/api/subscriptions/" + circuit).json();
        assertThat(left.path("status").asText()).isEqualTo("PROVISIONING");
        assertThat(left.path("insync").asBoolean()).isFalse();

        Response resync = api().put("/api/subscriptions/" + circuit + "/insync",
                Map.of("reason", "both routers checked by hand"));

        assertThat(resync.status()).as(resync.body()).isEqualTo(200);
        assertThat(resync.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(resync.json().path("insync").asBoolean()).isTrue();
        JsonNode events = api().get("/api/subscriptions/" + circuit + "/events").json();
        assertThat(changes(events, "status")).last().asString().startsWith("PROVISIONING->ACTIVE by");
        assertModifiableAgain(circuit);
    }

    private void abort(String process, String reason) {
        Response response = api().post("/api/processes/" + process + "/abort", Map.of("reason", reason));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
    }

    /** Completes the maintenance mode task with that choice and returns the config task that follows. */
    private JsonNode chooseMode(String process, boolean underMaintenance) {
        complete(process, awaitOpenTask(process, "Choose maintenance mode for " + CIRCUIT_LOC1_LOC2),
                Map.of(UNDER_MAINTENANCE, underMaintenance));
        return awaitOpenTask(process, "Apply configuration to loc1-core and loc2-core");
    }

    /** Asserts the circuit is ACTIVE, in sync and in that maintenance mode; returns its audit trail. */
    private JsonNode assertActiveInSync(UUID circuit, boolean underMaintenance) {
        JsonNode subscription = api().get("/api/subscriptions/" + circuit).json();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("insync").asBoolean()).isTrue();
        assertThat(subscription.path("circuit").path("under_maintenance").asBoolean()).isEqualTo(underMaintenance);
        return api().get("/api/subscriptions/" + circuit + "/events").json();
    }

    private void assertModifiableAgain(UUID circuit) {
        String again = start(Map.of(SUBSCRIPTION_ID, circuit.toString()));
        awaitOpenTask(again, "Choose maintenance mode for " + CIRCUIT_LOC1_LOC2);
    }

    /** The reasons of the events the abort of this process recorded. */
    private static List<String> reasons(JsonNode events, String process) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode event : events) {
            if (process.equals(event.path("process_instance_id").asText(null)) && event.hasNonNull("reason")) {
                reasons.add(event.path("reason").asText());
            }
        }
        return reasons;
    }

    /** "old->new in <process id>" for changes made by a workflow, "old->new by setup" for the fixture's. */
    private static List<String> changes(JsonNode events, String field) {
        List<String> changes = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.path("field").asText().equals(field)) {
                String process = event.path("process_instance_id").asText(null);
                changes.add(event.path("old_value").asText(null) + "->" + event.path("new_value").asText(null)
                        + (process == null ? " by setup" : " in " + process));
            }
        }
        return changes;
    }

    private void assertRefused(String subscriptionId, int status, String reason) {
        Response response = api().post("/api/processes/modify_circuit", Map.of(SUBSCRIPTION_ID, subscriptionId));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(SUBSCRIPTION_ID);
        assertThat(response.json().path("detail").asText()).contains(reason);
    }

    private String start(Map<String, Object> input) {
        Response response = api().post("/api/processes/modify_circuit", input);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private void complete(String process, JsonNode task, Map<String, Object> values) {
        Response response = api().post("/api/processes/" + process + "/tasks/" + task.path("id").asText(), values);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void assertCompleted(String process) {
        JsonNode done = awaitProcess(process, p -> p.path("status").asText().equals("completed"));
        assertThat(done.path("outcome").asText()).isEqualTo(END_CIRCUIT_MODIFIED);
    }

    private JsonNode awaitOpenTask(String process, String name) {
        return awaitProcess(process, p -> p.path("open_task").path("name").asText().equals(name))
                .path("open_task");
    }

    private JsonNode awaitProcess(String id, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode process = api().get("/api/processes/" + id).json();
        while (!condition.test(process)) {
            assertThat(System.nanoTime()).as("process %s still %s", id, process).isLessThan(deadline);
            sleep();
            process = api().get("/api/processes/" + id).json();
        }
        return process;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
