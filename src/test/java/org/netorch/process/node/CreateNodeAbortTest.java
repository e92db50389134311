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

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.process.operations.ProcessCommands;
import org.netorch.process.operations.ProcessConflictException;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Aborting create_node over our API: the device NetBox shows is planned again and the subscription TERMINATED. */
class CreateNodeAbortTest extends ProcessEngineTest {

    private static final String DEVICE = "/api/dcim/devices/*/";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    ProcessCommands commands;

    @Test
    void abortAfterTheDeviceWentActiveSetsItBackToPlanned() {
        ProcessInstance process = runToActivation("loc3-core");
        // the PATCH lands, its answer is lost, and the retry cannot reach NetBox: an incident, the device active
        faults.inject(SimulatedFault.applyThenFail("PATCH", DEVICE, 500));
        assertThatThrownBy(() -> execute(job()));
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
        assertThatThrownBy(() -> execute(job()));
        assertThat(runtimeService().createIncidentQuery().processInstanceId(process.getId()).count()).isOne();
        assertThat(netBox.device(id("loc3-core")).hasStatus("active")).isTrue();
        faults.clear();

        commands.abort(process.getId(), "wrong device", "alice");
        execute(job());

        assertThat(process).isEnded().hasPassed(SET_DEVICE_PLANNED_IN_NETBOX, TERMINATE_ABORTED_SUBSCRIPTION,
                END_ABORTED).hasNotPassed(END_NODE_ACTIVE);
        assertThat(netBox.device(id("loc3-core")).hasStatus("planned")).isTrue();
        Subscription node = subscriptionOf(process);
        assertThat(node.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(node.note()).isEqualTo("Aborted by alice: wrong device");
        assertThat(node.node().orElseThrow().nodeStatus()).isEqualTo("planned");
    }

    @Test
    void abortAtTheConfigTaskLeavesThePlannedDeviceAsItIs() {
        ProcessInstance process = runToConfigTask("loc4-core");
        journal.clear();

        commands.abort(process.getId(), null, "alice");
        execute(job());

        assertThat(process).isEnded().hasPassed(END_ABORTED);
        assertThat(journal.writes()).isEmpty();
        assertThat(subscriptionOf(process).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(subscriptionOf(process).note()).isEqualTo("Aborted by alice: no reason given");
    }

    @Test
    void aSecondAbortWhileTheFirstIsUnderWayIsRefused() {
        ProcessInstance process = runToConfigTask("loc5-core");
        commands.abort(process.getId(), "first", "alice");

        assertThatThrownBy(() -> commands.abort(process.getId(), "second", "bob"))
                .isInstanceOf(ProcessConflictException.class).hasMessageContaining("being aborted already");
        execute(job());

        assertThat(subscriptionOf(process).note()).isEqualTo("Aborted by alice: first");
        assertThat(managementService().createJobQuery().processInstanceId(process.getId()).count()).isZero();
    }

    private ProcessInstance runToConfigTask(String device) {
        ProcessInstance process = start(KEY, Map.of(DEVICE_ID, deviceId(device)));
        execute(job());
        execute(job());
        assertThat(process).isWaitingAt(CONFIRM_NODE_CONFIG);
        return process;
    }

    private ProcessInstance runToActivation(String device) {
        ProcessInstance process = runToConfigTask(device);
        complete(task(), withVariables(CONFIG_APPLIED, true));
        assertThat(process).isWaitingAt(UPDATE_NODE_STATUS_IN_NETBOX);
        return process;
    }

    private long id(String device) {
        return netBox.devices(DeviceQuery.all().withName(device)).get(0).id();
    }

    private String deviceId(String device) {
        return Long.toString(id(device));
    }

    private Subscription subscriptionOf(ProcessInstance process) {
        return subscriptions.get(UUID.fromString(processEngine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceId(process.getId()).singleResult()
                .getBusinessKey()));
    }
}
