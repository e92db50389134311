package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.process.circuit.CreateCircuitProcess;
import org.netorch.process.node.CreateNodeProcess;
import org.netorch.security.Victims.Typed;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.WorkflowDriver;

/**
 * An operator starts a create workflow with no input, tries at its first choice task every way he has to point it at
 * another customer's live subscription (its id and the NetBox ids the workflow keeps), and aborts it over our API. Each
 * try is refused, and the abort path leaves that customer's subscriptions and every NetBox object of theirs exactly as
 * they were.
 */
class AbortVictimIT extends TamperTest {


    ApiClient operatorApi;
    WorkflowDriver operator;
    Victims victims;

    @BeforeEach
    void anotherCustomersRoutersAndCircuit() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        lookup.awaitAnswering();
        victims = Victims.build(WorkflowDriver.forTests(api()), lookup, netBox, subscriptions, transaction);
        operatorApi = api().as(Tampering.OPERATOR, Tampering.OPERATOR);
        operator = new WorkflowDriver(operatorApi, Duration.ofMillis(100));
    }

    @AfterEach
    void noFaultsLeft() {
        faults.clear();
    }

    @Test
    void writingVariablesThenAbortingAnEnrolmentLeavesAnotherCustomersActiveRouterActive() {
        abortAfterTampering(CreateNodeProcess.KEY, CreateNodeProcess.SELECT_NODE, victims.nodeVariables(), false);
    }

    @Test
    void completingWithExtraVariablesThenAbortingAnEnrolmentLeavesAnotherCustomersActiveRouterActive() {
        abortAfterTampering(CreateNodeProcess.KEY, CreateNodeProcess.SELECT_NODE, victims.nodeVariables(), true);
    }

    @Test
    void writingVariablesThenAbortingACircuitLeavesAnotherCustomersCircuitWithItsCablePrefixesAndAddresses() {
        abortAfterTampering(CreateCircuitProcess.KEY, CreateCircuitProcess.CHOOSE_PRODUCT_AND_NODE_A,
                victims.circuitVariables(), false);
    }

    @Test
    void completingWithExtraVariablesThenAbortingACircuitLeavesAnotherCustomersCircuitWithItsCablePrefixesAndAddresses() {
        abortAfterTampering(CreateCircuitProcess.KEY, CreateCircuitProcess.CHOOSE_PRODUCT_AND_NODE_A,
                victims.circuitVariables(), true);
    }

    /**
     * Starts the workflow with no input and, at its first choice task, either writes the variables every way an
     * operator might, or completes the task with its form's values plus the variables; then aborts it wherever it
     * stands. Writing and completing are tried on separate instances: a completion that got through would move the
     * instance on and hide what the writes alone do to an abort.
     */
    private void abortAfterTampering(String workflow, String firstTask, Map<String, Typed> variables,
            boolean byCompleting) {
        Estate before = estate();
        journal.clear();
        String process = operator.start(workflow, Map.of());
        JsonNode task = operator.await(process, p -> p.path("status").asText().equals("waiting")).path("open_task");
        String taskId = task.path("id").asText();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getTaskDefinitionKey())
                .isEqualTo(firstTask);

        Tampering tampering = new Tampering(operatorApi);
        if (byCompleting) {
            Map<String, Typed> notOnTheForm = new LinkedHashMap<>(variables);
            notOnTheForm.keySet().removeAll(FormValues.keys(task));
            tampering.completing(process, taskId, FormValues.firstChoices(task), notOnTheForm);
        } else {
            tampering.atTask(taskId, variables);
            tampering.abortingWithVariables(process, variables);
        }
        JsonNode settled = operator.await(process, p -> !p.path("status").asText().equals("running"));
        ApiClient.Response abort = operatorApi.post("/api/processes/" + process + "/abort",
                Map.of("reason", "changed my mind"));
        JsonNode ended = operator.await(process,
                p -> !Set.of("running", "waiting").contains(p.path("status").asText()));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(before.changesIn(estate(), List.of()))
                .as("what changed of the other customer's subscriptions and NetBox objects").isEmpty();
        softly.assertThat(before.writesToOthers(journal.writes(), List.of()))
                .as("NetBox writes to objects the other customer's subscriptions hold").isEmpty();
        for (UUID victim : victims.subscriptions()) {
            JsonNode after = subscription(victim);
            softly.assertThat(after.path("status").asText() + (after.path("insync").asBoolean() ? ", in sync" : ""))
                    .as("victim %s", victim).isEqualTo("ACTIVE, in sync");
        }
        softly.assertThat(netBox.device(victims.deviceA()).hasStatus("active")).as("loc1-core active").isTrue();
        softly.assertThat(tampering.unrefused()).as("tries that were not refused").isEmpty();
        softly.assertThat(settled.path("open_task").path("id").asText())
                .as("the task still open after the tries: %s", settled).isEqualTo(taskId);
        softly.assertThat(abort.status()).as(abort.body()).isEqualTo(200);
        softly.assertThat(ended.path("status").asText()).as("%s", ended).isEqualTo("aborted");
        softly.assertAll();
    }

    private JsonNode subscription(UUID id) {
        return api().get("/api/subscriptions/" + id).json();
    }

    private Estate estate() {
        return Estate.take(api(), ApiClient.netBox("http://127.0.0.1:" + port + "/netbox",
                SimulatorProperties.DEMO_TOKEN), victims, repository, transaction);
    }
}
