package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.CreateNodeProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each NetBox step of create_node under each kind of NetBox failure: the retries run out, an incident says which step,
 * which call and what NetBox answered, the operator's retry (what Cockpit does) finishes the workflow, and nothing in
 * NetBox or in the subscription store exists twice.
 */
class CreateNodeFaultTest extends ProcessEngineTest {

    private static final String DEVICE = "/api/dcim/devices/*/";
    private static final String DEVICE_LIST = "/api/dcim/devices/";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    SubscriptionRepository subscriptions;

    @Test
    void listingDevicesFailsWithAServerError() {
        ProcessInstance process = start(KEY);
        faults.inject(SimulatedFault.failNext("GET", DEVICE_LIST, 503, 2));

        failUntilIncident(process, LIST_CANDIDATE_DEVICES,
                "List planned devices in NetBox: GET /api/dcim/devices/?status=planned", "503");
        retry(process);

        assertThat(process).isWaitingAt(SELECT_NODE);
        complete(task(), withVariables(DEVICE_ID, deviceId("loc1-core")));
        finish(process);
        assertEnrolledOnce("loc1-core");
    }

    @Test
    void listingDevicesTimesOut() {
        ProcessInstance process = start(KEY);
        faults.inject(SimulatedFault.failNext("GET", DEVICE_LIST, 503, 1));
        faults.inject(SimulatedFault.delayNext("GET", DEVICE_LIST, SLOWER_THAN_READ_TIMEOUT));

        failUntilIncident(process, LIST_CANDIDATE_DEVICES,
                "List planned devices in NetBox: GET /api/dcim/devices/?status=planned", "read timed out");
        retry(process);

        complete(task(), withVariables(DEVICE_ID, deviceId("loc1-core")));
        finish(process);
        assertEnrolledOnce("loc1-core");
    }

    @Test
    void constructingTheNodeModelFailsWithAServerError() {
        ProcessInstance process = startEnrolling("loc2-core");
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 500, 2));

        failUntilIncident(process, CONSTRUCT_NODE_MODEL, "Construct node model: GET /api/dcim/devices/", "500");
        assertThat(subscriptions.findHolder("device", Long.toString(id("loc2-core")))).isEmpty();
        retry(process);

        finish(process);
        assertEnrolledOnce("loc2-core");
    }

    @Test
    void constructingTheNodeModelTimesOut() {
        ProcessInstance process = startEnrolling("loc2-core");
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
        faults.inject(SimulatedFault.delayNext("GET", DEVICE, SLOWER_THAN_READ_TIMEOUT));

        failUntilIncident(process, CONSTRUCT_NODE_MODEL, "Construct node model: GET /api/dcim/devices/",
                "read timed out");
        retry(process);

        finish(process);
        assertEnrolledOnce("loc2-core");
    }

    @Test
    void fetchingTheLoopbacksFailsWithAServerError() {
        ProcessInstance process = startEnrolling("loc3-core");
        execute(job());
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 502, 2));

        failUntilIncident(process, FETCH_IP_ADDRESS_INFORMATION,
                "Fetch IP address information from NetBox: GET /api/dcim/devices/", "502");
        retry(process);

        finish(process);
        assertEnrolledOnce("loc3-core");
    }

    @Test
    void fetchingTheLoopbacksTimesOut() {
        ProcessInstance process = startEnrolling("loc3-core");
        execute(job());
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
        faults.inject(SimulatedFault.delayNext("GET", DEVICE, SLOWER_THAN_READ_TIMEOUT));

        failUntilIncident(process, FETCH_IP_ADDRESS_INFORMATION,
                "Fetch IP address information from NetBox: GET /api/dcim/devices/", "read timed out");
        retry(process);

        finish(process);
        assertEnrolledOnce("loc3-core");
    }

    @Test
    void activatingTheDeviceFailsWithAServerErrorAndIsWrittenOnceOnRetry() {
        ProcessInstance process = runToActivation("loc4-core");
        faults.inject(SimulatedFault.failNext("PATCH", DEVICE, 503, 2));

        failUntilIncident(process, UPDATE_NODE_STATUS_IN_NETBOX,
                "Update node status in NetBox: PATCH /api/dcim/devices/" + id("loc4-core") + "/", "503");
        assertThat(netBox.device(id("loc4-core")).hasStatus("planned")).isTrue();
        retry(process);

        assertThat(process).isEnded().hasPassed(END_NODE_ACTIVE);
        assertThat(patchStatuses()).containsExactly(503, 503, 200);
        assertEnrolledOnce("loc4-core");
    }

    @Test
    void activatingTheDeviceTimesOutAfterNetBoxAppliedItAndTheRetryDoesNotWriteAgain() {
        ProcessInstance process = runToActivation("loc4-core");
        faults.inject(SimulatedFault.failNext("PATCH", DEVICE, 503, 1));
        faults.inject(SimulatedFault.delayNext("PATCH", DEVICE, SLOWER_THAN_READ_TIMEOUT));

        failUntilIncident(process, UPDATE_NODE_STATUS_IN_NETBOX,
                "Update node status in NetBox: PATCH /api/dcim/devices/", "read timed out");
        awaitDeviceActive("loc4-core");
        retry(process);

        assertThat(process).isEnded().hasPassed(END_NODE_ACTIVE);
        assertThat(patchStatuses()).hasSize(2).first().isEqualTo(503);
        assertEnrolledOnce("loc4-core");
    }

    @Test
    void activatingTheDeviceIsAppliedThenAnsweredWith500AndTheRetryDoesNotWriteAgain() {
        ProcessInstance process = runToActivation("loc5-core");
        faults.inject(SimulatedFault.applyThenFail("PATCH", DEVICE, 500));
        assertThatThrownBy(() -> execute(job())).hasMessageContaining("PATCH").hasMessageContaining("500");
        // the automatic retry's first call fails too, so the operator sees an incident
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
        assertThatThrownBy(() -> execute(job()));

        assertThat(incidents(process)).singleElement().satisfies(incident -> assertThat(
                incident.getIncidentMessage()).startsWith("Update node status in NetBox: GET /api/dcim/devices/"));
        assertThat(netBox.device(id("loc5-core")).hasStatus("active")).isTrue();
        retry(process);

        assertThat(process).isEnded().hasPassed(END_NODE_ACTIVE);
        assertThat(patchStatuses()).containsExactly(500);
        assertThat(netBox.device(id("loc5-core")).hasStatus("active")).isTrue();
        assertEnrolledOnce("loc5-core");
    }

    private ProcessInstance startEnrolling(String device) {
        ProcessInstance process = start(KEY, Map.of(DEVICE_ID, deviceId(device)));
        assertThat(process).isWaitingAt(CONSTRUCT_NODE_MODEL);
        return process;
    }

    private ProcessInstance runToActivation(String device) {
        ProcessInstance process = startEnrolling(device);
        execute(job());
        execute(job());
        complete(task(), withVariables(CONFIG_APPLIED, true));
        assertThat(process).isWaitingAt(UPDATE_NODE_STATUS_IN_NETBOX);
        return process;
    }

    /** Runs the step's job until its retries are used up, as the job executor would, and checks the incident. */
    private void failUntilIncident(ProcessInstance process, String step, String messageStart, String answer) {
        assertThat(process).isWaitingAt(step);
        assertThatThrownBy(() -> execute(job()));
        assertThat(incidents(process)).isEmpty();
        assertThatThrownBy(() -> execute(job()));
        List<Incident> incidents = incidents(process);
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(step);
            assertThat(incident.getIncidentMessage()).startsWith(messageStart).contains(answer);
        });
    }

    /** What Cockpit's Retry does: give the failed job one more try; then run it. */
    private void retry(ProcessInstance process) {
        faults.clear();
        Incident incident = incidents(process).get(0);
        managementService().setJobRetries(incident.getConfiguration(), 1);
        execute(job());
        assertThat(incidents(process)).isEmpty();
    }

    private void finish(ProcessInstance process) {
        while (processEngine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(CONFIRM_NODE_CONFIG).count() == 0) {
            execute(job());
        }
        complete(task(), withVariables(CONFIG_APPLIED, true));
        execute(job());
        assertThat(process).isEnded().hasPassed(END_NODE_ACTIVE);
    }

    private void assertEnrolledOnce(String device) {
        long deviceId = id(device);
        List<Subscription> holding = subscriptions.findAll().stream()
                .filter(s -> s.block(NodeBlock.class).map(n -> n.nodeId() == deviceId).orElse(false))
                .filter(s -> s.status() != SubscriptionStatus.TERMINATED)
                .toList();
        assertThat(holding).singleElement().satisfies(s -> {
            assertThat(s.insync()).isTrue();
            assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        });
        assertThat(netBox.device(deviceId).hasStatus("active")).isTrue();
    }

    private List<Integer> patchStatuses() {
        return journal.writes().stream().filter(e -> e.method().equals("PATCH")).map(JournalEntry::status).toList();
    }

    private void awaitDeviceActive(String device) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!netBox.device(id(device)).hasStatus("active")) {
            assertThat(System.currentTimeMillis()).as("the delayed write lands").isLessThan(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Incident> incidents(ProcessInstance process) {
        return runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
    }

    private long id(String device) {
        return netBox.devices(DeviceQuery.all().withName(device)).get(0).id();
    }

    private String deviceId(String device) {
        return Long.toString(id(device));
    }
}
