package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netorch.process.node.CreateNodeProcess.CONFIRM_NODE_CONFIG;
import static org.netorch.process.node.CreateNodeProcess.DEVICE_ID;
import static org.netorch.process.node.CreateNodeProcess.END_NODE_ACTIVE;
import static org.netorch.process.node.CreateNodeProcess.KEY;
import static org.netorch.process.node.CreateNodeProcess.UPDATE_NODE_STATUS_IN_NETBOX;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.process.node.TerminateNodeProcess;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.subscription.Subscription;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /api/processes/{id}/skip}: past a step the diagram marks skippable, with a reason, audited. */
class SkipStepIT extends AppIntegrationTest {

    private static final String REASON = "NetBox API refused the PATCH; set active in the NetBox UI, ticket NET-42";

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    SimulatorJournal journal;
    @Autowired
    NetBoxLookup lookup;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
        lookup.awaitAnswering();
    }

    @AfterEach
    void noFaultsLeft() {
        faults.clear();
    }

    @Test
    void anOperatorSkipsAFailedNetBoxStepWithAReasonAndTheWorkflowFinishes() {
        WorkflowDriver driver = WorkflowDriver.forTests(operator());
        String process = driver.start(KEY, Map.of(DEVICE_ID, lookup.deviceId("loc1-core")));
        faults.inject(SimulatedFault.failNext("PATCH", "/api/dcim/devices/*/", 503, 100));
        driver.completeOpenTask(process, Map.of(CONFIG_APPLIED, true));
        JsonNode failed = driver.await(process, p -> p.path("status").asText().equals("failed"));
        assertThat(failed.path("failure").path("step").asText()).isEqualTo(UPDATE_NODE_STATUS_IN_NETBOX);
        journal.clear();
        JsonNode offered = operator().get("/api/processes/" + process + "/skips").json();
        assertThat(offered).singleElement().satisfies(step -> {
            assertThat(step.path("activity").asText()).isEqualTo(UPDATE_NODE_STATUS_IN_NETBOX);
            assertThat(step.path("confirms").asText()).isEqualTo("device set active in NetBox by hand");
            assertThat(step.path("skipped_by").asText()).isEqualTo("operators");
        });

        Response skipped = skip(operator(), process, UPDATE_NODE_STATUS_IN_NETBOX, REASON);

        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        JsonNode done = driver.await(process, p -> p.path("status").asText().equals("completed"));
        assertThat(done.path("outcome").asText()).isEqualTo(END_NODE_ACTIVE);
        String subscriptionId = done.path("subscription_ids").get(0).asText();
        JsonNode subscription = api().get("/api/subscriptions/" + subscriptionId).json();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        JsonNode skip = event(subscriptionId, Subscription.SKIPPED_STEP);
        assertThat(skip.path("actor").asText()).isEqualTo("operator");
        assertThat(skip.path("via").asText()).isEqualTo("api");
        assertThat(skip.path("process_instance_id").asText()).isEqualTo(process);
        assertThat(skip.path("activity_id").asText()).isEqualTo(UPDATE_NODE_STATUS_IN_NETBOX);
        assertThat(skip.path("new_value").asText()).isEqualTo("device set active in NetBox by hand");
        assertThat(skip.path("reason").asText()).isEqualTo(REASON);
        // the step did not run: what it would have written is left for validation to check
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void aSkipTheDiagramDoesNotAllowOrWithoutAReasonIsRefusedAndChangesNothing() {
        WorkflowDriver driver = WorkflowDriver.forTests(operator());
        String process = driver.start(KEY, Map.of(DEVICE_ID, lookup.deviceId("loc2-core")));
        String taskId = driver.await(process, p -> p.path("status").asText().equals("waiting"))
                .path("open_task").path("id").asText();

        assertThat(operator().get("/api/processes/" + process + "/skips").json()).as("nothing to skip here").isEmpty();
        assertProblem(skip(operator(), process, CONFIRM_NODE_CONFIG, REASON), 409, "activity",
                "(" + CONFIRM_NODE_CONFIG + ") may not be skipped");
        assertProblem(skip(operator(), process, UPDATE_NODE_STATUS_IN_NETBOX, REASON), 409, "activity",
                "is not at 'Update node status in NetBox'");
        assertProblem(skip(operator(), process, UPDATE_NODE_STATUS_IN_NETBOX, " "), 400, "reason", "is required");
        assertProblem(skip(operator(), process, "serviceTask_nothingLikeIt", REASON), 400, "activity",
                "is not a step of this workflow");
        assertProblem(operator().post("/api/processes/" + process + "/skip", Map.of("reason", REASON)), 400,
                "activity", "is required");
        assertThat(skip(viewer(), process, CONFIRM_NODE_CONFIG, REASON).status()).isEqualTo(403);
        assertThat(skip(operator(), "no-such-process", UPDATE_NODE_STATUS_IN_NETBOX, REASON).status())
                .isEqualTo(404);

        JsonNode still = api().get("/api/processes/" + process).json();
        assertThat(still.path("status").asText()).isEqualTo("waiting");
        assertThat(still.path("open_task").path("id").asText()).isEqualTo(taskId);
        for (JsonNode subscription : still.path("subscription_ids")) {
            List<String> fields = api().get("/api/subscriptions/" + subscription.asText() + "/events").json()
                    .findValuesAsText("field");
            assertThat(fields).doesNotContain(Subscription.SKIPPED_STEP);
        }
    }

    @Test
    void aStepMarkedForAdminsIsSkippedByAnAdminOnly() {
        WorkflowDriver driver = WorkflowDriver.forTests(api());
        long device = lookup.deviceId("loc3-core");
        UUID node = driver.enrollNode(device);
        faults.inject(SimulatedFault.failNext("PATCH", "/api/dcim/devices/" + device + "/", 503, 100));
        String process = driver.start(TerminateNodeProcess.KEY, Map.of("subscription_id", node.toString()));
        JsonNode failed = driver.await(process, p -> p.path("status").asText().equals("failed"));
        assertThat(failed.path("failure").path("step").asText())
                .isEqualTo(TerminateNodeProcess.DECOMMISSION_DEVICE_IN_NETBOX);
        assertThat(operator().get("/api/processes/" + process + "/skips").json().findValuesAsText("skipped_by"))
                .containsExactly("admins");

        Response byOperator = skip(operator(), process, TerminateNodeProcess.DECOMMISSION_DEVICE_IN_NETBOX, REASON);
        assertThat(byOperator.status()).as(byOperator.body()).isEqualTo(403);
        assertThat(api().get("/api/processes/" + process).json().path("status").asText()).isEqualTo("failed");

        Response byAdmin = skip(api(), process, TerminateNodeProcess.DECOMMISSION_DEVICE_IN_NETBOX, REASON);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        JsonNode done = driver.await(process, p -> p.path("status").asText().equals("completed"));
        assertThat(done.path("outcome").asText()).isEqualTo(TerminateNodeProcess.END_NODE_TERMINATED);
        assertThat(api().get("/api/subscriptions/" + node).json().path("status").asText()).isEqualTo("TERMINATED");
        assertThat(event(node.toString(), Subscription.SKIPPED_STEP).path("actor").asText()).isEqualTo(DEMO_USER);
    }

    private JsonNode event(String subscriptionId, String field) {
        for (JsonNode event : api().get("/api/subscriptions/" + subscriptionId + "/events").json()) {
            if (event.path("field").asText().equals(field)) {
                return event;
            }
        }
        throw new AssertionError("no " + field + " event on " + subscriptionId);
    }

    private static Response skip(ApiClient as, String process, String activity, String reason) {
        return as.post("/api/processes/" + process + "/skip", Map.of("activity", activity, "reason", reason));
    }

    private static void assertProblem(Response response, int status, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("detail").asText()).contains(reason);
    }

    private ApiClient operator() {
        return api().as("operator", "operator");
    }

    private ApiClient viewer() {
        return api().as("viewer", "viewer");
    }
}
