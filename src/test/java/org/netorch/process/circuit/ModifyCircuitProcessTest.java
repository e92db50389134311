package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.ModifyCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;
import static org.netorch.process.shared.ProcessVariables.SUBSCRIPTION_ID;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.NetBoxClient;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class ModifyCircuitProcessTest extends ProcessEngineTest {

    private static final String CIRCUIT_LOC1_LOC2 = "loc1-core:1/1/c1/1 <--> loc2-core:1/1/c1/1";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;

    CircuitFixture fixture;
    UUID circuit;

    @BeforeEach
    void anActiveCircuitUnderMaintenance() {
        fixture = new CircuitFixture(subscriptions, transaction, netBox);
        circuit = fixture.activeCircuit("loc1-core", "loc2-core", 7);
    }

    @Test
    void theOperatorChoosesACircuitAndPutsItIntoNormalTrafficMode() {
        UUID provisioning = fixture.provisioningCircuit("loc3-core", "loc4-core");
        ProcessInstance process = start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_CIRCUIT);
        SpinJsonNode options = (SpinJsonNode) runtimeService().getVariable(process.getId(), CIRCUIT_OPTIONS);
        assertThat(options.elements()).extracting(o -> o.prop("value").stringValue())
                .containsExactly(circuit.toString()).doesNotContain(provisioning.toString());
        assertThat(options.elements()).extracting(o -> o.prop("label").stringValue())
                .containsExactly("Circuit ID 7: " + CIRCUIT_LOC1_LOC2);
        complete(task(), withVariables(SUBSCRIPTION_ID, circuit.toString()));

        assertThat(process).isWaitingAt(LOCK_SUBSCRIPTION);
        execute(job());
        assertThat(process).isWaitingAt(CHOOSE_MAINTENANCE_MODE);
        assertThat(subscriptions.get(circuit).insync()).isFalse();
        Task mode = task();
        assertThat(mode.getName()).isEqualTo("Choose maintenance mode for " + CIRCUIT_LOC1_LOC2);
        assertThat(taskService().getVariablesLocal(mode.getId()))
                .containsEntry(UNDER_MAINTENANCE, true).containsEntry(CIRCUIT_DESCRIPTION, CIRCUIT_LOC1_LOC2);
        complete(mode, withVariables(UNDER_MAINTENANCE, false));

        assertThat(process).isWaitingAt(CONFIRM_CIRCUIT_CONFIG);
        assertThat(subscriptions.get(circuit).status()).isEqualTo(SubscriptionStatus.PROVISIONING);
        Task confirm = task();
        assertThat(confirm.getName()).isEqualTo("Apply configuration to loc1-core and loc2-core");
        assertThat((String) taskService().getVariableLocal(confirm.getId(), CONFIG_TEXT_A))
                .contains("interface 1/1/c1/1", "isis metric 10 level-2");
        assertThat((String) taskService().getVariableLocal(confirm.getId(), CONFIG_TEXT_B))
                .contains("isis metric 10 level-2", "Circuit Connection to loc1-core port 1/1/c1/1");
        complete(confirm, withVariables(CONFIG_APPLIED, true));

        assertThat(process).isEnded().hasPassedInOrder(LIST_MODIFIABLE_CIRCUITS, CHOOSE_CIRCUIT, LOCK_SUBSCRIPTION,
                STORE_PROCESS_SUBSCRIPTION, CHOOSE_MAINTENANCE_MODE, SET_STATUS_PROVISIONING,
                RECORD_MAINTENANCE_MODE, CONFIRM_CIRCUIT_CONFIG, SET_STATUS_ACTIVE, SET_IN_SYNC,
                END_CIRCUIT_MODIFIED);
        Subscription modified = subscriptions.get(circuit);
        assertThat(modified.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(modified.insync()).isTrue();
        assertThat(modified.block(CircuitBlock.class).map(CircuitBlock::underMaintenance)).contains(false);
        assertThat(historicBusinessKey(process)).isEqualTo(circuit.toString());
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void startedWithACircuitTheChoiceIsSkippedAndMaintenanceCanBeKept() {
        ProcessInstance process = start(KEY,
                Map.of(SUBSCRIPTION_ID, circuit.toString()));

        assertThat(process).isWaitingAt(LOCK_SUBSCRIPTION);
        execute(job());
        complete(task(), withVariables(UNDER_MAINTENANCE, true));
        Task confirm = task();
        assertThat((String) taskService().getVariableLocal(confirm.getId(), CONFIG_TEXT_A))
                .contains("isis metric 15000000 level-2");
        complete(confirm, withVariables(CONFIG_APPLIED, true));

        assertThat(process).isEnded().hasNotPassed(LIST_MODIFIABLE_CIRCUITS, CHOOSE_CIRCUIT)
                .hasPassed(END_CIRCUIT_MODIFIED);
        assertThat(subscriptions.get(circuit).block(CircuitBlock.class).map(CircuitBlock::underMaintenance)).contains(true);
    }

    @Test
    void aCircuitTakenBetweenChoiceAndLockEndsAtSubscriptionBusyAndIsLeftAlone() {
        ProcessInstance process = start(KEY);
        complete(task(process), withVariables(SUBSCRIPTION_ID, circuit.toString()));
        assertThat(process).isWaitingAt(LOCK_SUBSCRIPTION);
        fixture.takeOutOfSync(circuit);
        long versionBefore = subscriptions.get(circuit).version();

        execute(job(process));

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY)
                .hasNotPassed(STORE_PROCESS_SUBSCRIPTION, CHOOSE_MAINTENANCE_MODE);
        Subscription untouched = subscriptions.get(circuit);
        assertThat(untouched.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(untouched.version()).isEqualTo(versionBefore);
    }

    @Test
    void theChoiceTaskRefusesACircuitThatIsNoLongerModifiable() {
        ProcessInstance process = start(KEY);
        fixture.takeOutOfSync(circuit);

        assertThatThrownBy(() -> complete(task(process), withVariables(SUBSCRIPTION_ID, circuit.toString())))
                .hasMessageContaining(SUBSCRIPTION_ID).hasMessageContaining("out of sync");

        assertThat(process).isWaitingAt(CHOOSE_CIRCUIT);
    }

    @Test
    void theMaintenanceModeTaskRefusesAnythingButTrueOrFalse() {
        ProcessInstance process = start(KEY,
                Map.of(SUBSCRIPTION_ID, circuit.toString()));
        execute(job(process));

        assertThatThrownBy(() -> complete(task(process), withVariables(UNDER_MAINTENANCE, "yes")))
                .hasMessageContaining(UNDER_MAINTENANCE);

        assertThat(process).isWaitingAt(CHOOSE_MAINTENANCE_MODE);
        assertThat(subscriptions.get(circuit).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    private TaskService taskService() {
        return processEngine.getTaskService();
    }

    private String historicBusinessKey(ProcessInstance process) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey();
    }
}
