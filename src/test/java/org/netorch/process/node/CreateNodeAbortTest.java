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

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.process.operations.ProcessCommands;
import org.netorch.process.operations.ProcessConflictException;
import org.netorch.process.shared.StartInputRules;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionEventRepository;
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
    @Autowired
    SubscriptionEventRepository events;

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
        assertThat(node.block(NodeBlock.class).orElseThrow().nodeStatus()).isEqualTo("planned");
    }

    enum Failure { SERVER_ERROR, TIMEOUT, APPLIED_THEN_500 }

    @ParameterizedTest(name = "PATCH device {0}")
    @EnumSource(Failure.class)
    void aFailingSetBackToPlannedBecomesAnIncidentAndTheRetryPatchesTheDeviceOnce(Failure failure) {
        ProcessInstance process = runToActivation("loc2-core");
        faults.inject(SimulatedFault.applyThenFail("PATCH", DEVICE, 500));
        assertThatThrownBy(() -> execute(job()));
        faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
        assertThatThrownBy(() -> execute(job()));
        faults.clear();
        commands.abort(process.getId(), "wrong device", "alice");
        journal.clear();

        switch (failure) {
            case SERVER_ERROR -> faults.inject(SimulatedFault.failNext("PATCH", DEVICE, 503, 2));
            case TIMEOUT -> {
                faults.inject(SimulatedFault.failNext("PATCH", DEVICE, 503, 1));
                faults.inject(SimulatedFault.delayNext("PATCH", DEVICE, SLOWER_THAN_READ_TIMEOUT));
            }
            case APPLIED_THEN_500 -> {
                faults.inject(SimulatedFault.applyThenFail("PATCH", DEVICE, 500));
                faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
            }
        }
        assertThatThrownBy(() -> execute(job()));
        assertThatThrownBy(() -> execute(job()));
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(process.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(SET_DEVICE_PLANNED_IN_NETBOX);
        if (failure == Failure.TIMEOUT) {
            pause(1000); // the slow NetBox applies the PATCH after our read timeout
        }
        faults.clear();
        managementService().setJobRetries(incident.getConfiguration(), 1);
        execute(job());

        assertThat(process).isEnded().hasPassed(END_ABORTED);
        assertThat(netBox.device(id("loc2-core")).hasStatus("planned")).isTrue();
        assertThat(subscriptionOf(process).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(journal.writes()).filteredOn(w -> w.method().equals("PATCH") && w.status() != 503)
                .as("PATCHes NetBox applied").hasSize(1);
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

    @Test
    void anAbortBeforeTheFirstStepTouchesNothingABusinessKeyGivenAtStartNames() {
        ProcessInstance victimRun = runToActivation("loc1-core");
        execute(job());
        Subscription victim = subscriptionOf(victimRun);
        assertThat(victim.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        int victimEvents = events.findBySubscriptionIdOrderByIdAsc(victim.id()).size();
        journal.clear();

        ProcessInstance attack = runtimeService().startProcessInstanceByKey(KEY, victim.id().toString());
        commands.abort(attack.getId(), "cover the tracks", "mallory");
        while (!managementService().createJobQuery().processInstanceId(attack.getId()).list().isEmpty()) {
            execute(job(attack));
        }

        assertThat(attack).isEnded().hasPassed(END_ABORTED);
        assertThat(journal.writes()).isEmpty();
        assertThat(netBox.device(id("loc1-core")).hasStatus("active")).isTrue();
        Subscription after = subscriptions.get(victim.id());
        assertThat(after.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(after.insync()).isTrue();
        assertThat(events.findBySubscriptionIdOrderByIdAsc(victim.id())).hasSize(victimEvents);
    }

    @Test
    void aBusinessKeyGivenAtStartIsRefusedLikeAnyBadStartInput() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(KEY, UUID.randomUUID().toString(),
                Map.of(DEVICE_ID, deviceId("loc2-core")));
        execute(job(process));

        assertThat(process).isEnded().hasPassed(END_START_INPUT_REFUSED).hasNotPassed(CONSTRUCT_NODE_MODEL);
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId()).variableName(StartInputRules.REFUSAL_VARIABLE).singleResult()
                .getValue().toString()).startsWith("businessKey:");
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
