package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.ModifyCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.SUBSCRIPTION_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.SharedListeners;
import org.netorch.testsupport.FlowBeans;

/** The paths of bpmn/modify_circuit.bpmn on an in-memory engine, every bound bean a recording stand-in. */
@Deployment(resources = {"bpmn/modify_circuit.bpmn", "forms/choose-circuit-to-modify.form",
        "forms/choose-maintenance-mode.form", "forms/confirm-circuit-config.form"})
class ModifyCircuitFlowTest {

    private static final String CHECK = FlowBeans.CHECK_START_INPUT_BEAN;
    private static final String LIST_CIRCUITS = "listModifiableCircuitsDelegate";
    private static final String CIRCUIT_CHECK = "chooseCircuitToModifyCompletionCheck";
    private static final String LOCK = "lockSubscriptionDelegate";
    private static final String STORE = "storeProcessSubscriptionDelegate";
    private static final String PREPARE_MODE = "chooseMaintenanceModeTaskListener";
    private static final String MODE_CHECK = "chooseMaintenanceModeCompletionCheck";
    private static final String SET_STATUS = "setStatusDelegate";
    private static final String RECORD_MODE = "recordMaintenanceModeDelegate";
    private static final String PREPARE_CONFIG = "confirmCircuitConfigTaskListener";
    private static final String CONFIG_APPLIED_CHECK = "configAppliedCompletionCheck";
    private static final String SET_IN_SYNC_BEAN = "setInSyncDelegate";
    private static final String CIRCUIT = "6f1c2a9e-0000-4000-8000-000000000001";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @RegisterExtension
    final FlowBeans beans = new FlowBeans("bpmn/modify_circuit.bpmn").on(engine)
            .delegates(CHECK, LIST_CIRCUITS, LOCK, STORE, SET_STATUS, RECORD_MODE,
                    SET_IN_SYNC_BEAN)
            .listeners(CIRCUIT_CHECK, PREPARE_MODE, MODE_CHECK, PREPARE_CONFIG, CONFIG_APPLIED_CHECK)
            .value("retryPolicy", new FlowBeans.RetryCycle("R3/PT5M"))
            .value("taskAssignment", new FlowBeans.OperatorsGroup("network-operators"));

    @BeforeEach
    void theConfigAppliedCheckRunsForReal() {
        beans.whenTask(CONFIG_APPLIED_CHECK, SharedListeners.configAppliedCompletionCheck());
    }

    @Test
    void endsAtStartInputRefusedBeforeAnyOtherStepWhenItsFirstStepRefusesTheInput() {
        beans.refuseStartInput("subscription_id: circuit is TERMINATED, not ACTIVE");
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));

        beans.assertRefusedAtStart(process);
        assertThat(process).hasNotPassed(LOCK_SUBSCRIPTION);
    }

    @Test
    void locksTheChosenCircuitAndRecordsTheModeAfterTheConfirmation() {
        ProcessInstance process = beans.start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_CIRCUIT);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_CIRCUIT_FORM + "\"");
        complete(task(), withVariables(SUBSCRIPTION_ID, CIRCUIT));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        assertThat(process).isWaitingAt(CHOOSE_MAINTENANCE_MODE);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_MAINTENANCE_MODE_FORM + "\"");
        complete(task(), withVariables(UNDER_MAINTENANCE, false));
        assertThat(process).isWaitingAt(CONFIRM_CIRCUIT_CONFIG);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CONFIRM_CIRCUIT_CONFIG_FORM + "\"");
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));

        assertThat(process).isEnded().hasPassedInOrder(LIST_MODIFIABLE_CIRCUITS, CHOOSE_CIRCUIT, LOCK_SUBSCRIPTION,
                STORE_PROCESS_SUBSCRIPTION, CHOOSE_MAINTENANCE_MODE, SET_STATUS_PROVISIONING,
                RECORD_MAINTENANCE_MODE, CONFIRM_CIRCUIT_CONFIG, SET_STATUS_ACTIVE, SET_IN_SYNC,
                END_CIRCUIT_MODIFIED);
        assertThat(beans.ran()).containsExactly(CHECK, LIST_CIRCUITS, CIRCUIT_CHECK, LOCK, STORE, PREPARE_MODE,
                MODE_CHECK, SET_STATUS, RECORD_MODE, PREPARE_CONFIG, CONFIG_APPLIED_CHECK, SET_STATUS,
                SET_IN_SYNC_BEAN);
    }

    @Test
    void skipsTheChoiceWhenTheCircuitIsGiven() {
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));

        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        complete(task(), withVariables(UNDER_MAINTENANCE, true));
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));

        assertThat(process).isEnded().hasPassed(END_CIRCUIT_MODIFIED)
                .hasNotPassed(LIST_MODIFIABLE_CIRCUITS, CHOOSE_CIRCUIT);
        assertThat(beans.ran()).startsWith(CHECK, LOCK).doesNotContain(LIST_CIRCUITS, CIRCUIT_CHECK);
    }

    @Test
    void theModeIsRecordedWhileProvisioningAndTheCircuitIsActiveOnlyAfterTheConfirmation() {
        List<Object> statuses = new ArrayList<>();
        beans.when(SET_STATUS, execution -> statuses.add(execution.getVariable("status")));
        beans.when(RECORD_MODE, execution -> statuses.add("recorded " + execution.getVariable(UNDER_MAINTENANCE)));
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);

        complete(task(), withVariables(UNDER_MAINTENANCE, false));
        assertThat(statuses).containsExactly("PROVISIONING", "recorded false");
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));

        assertThat(statuses).containsExactly("PROVISIONING", "recorded false", "ACTIVE");
    }

    @Test
    void endsAtSubscriptionBusyWhenTheLockIsRefused() {
        beans.when(LOCK, execution -> {
            throw new BpmnError(ERROR_SUBSCRIPTION_BUSY, "another workflow holds the circuit");
        });
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));

        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY)
                .hasNotPassed(STORE_PROCESS_SUBSCRIPTION, CHOOSE_MAINTENANCE_MODE);
        assertThat(beans.ran()).containsExactly(CHECK, LOCK);
    }

    @Test
    void aRefusedCircuitChoiceKeepsTheTaskOpen() {
        beans.whenTask(CIRCUIT_CHECK, task -> {
            throw new FormCheckException(SUBSCRIPTION_ID, "the circuit is out of sync");
        });
        ProcessInstance process = beans.start(KEY);

        FlowBeans.assertCompletionRefused(process, CHOOSE_CIRCUIT, withVariables(SUBSCRIPTION_ID, CIRCUIT),
                "out of sync");
        assertThat(beans.ran()).doesNotContain(LOCK);
    }

    @Test
    void aRefusedModeKeepsTheTaskOpenAndTheCircuitUntouched() {
        beans.whenTask(MODE_CHECK, task -> {
            throw new FormCheckException(UNDER_MAINTENANCE, "choose true or false");
        });
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);

        FlowBeans.assertCompletionRefused(process, CHOOSE_MAINTENANCE_MODE, withVariables(UNDER_MAINTENANCE, "yes"),
                UNDER_MAINTENANCE);
        assertThat(beans.ran()).doesNotContain(SET_STATUS, RECORD_MODE);
    }

    @Test
    void aRefusedConfirmationKeepsTheTaskOpen() {
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        complete(task(), withVariables(UNDER_MAINTENANCE, true));

        FlowBeans.assertCompletionRefused(process, CONFIRM_CIRCUIT_CONFIG,
                withVariables(ProcessVariables.CONFIG_APPLIED, false), ProcessVariables.CONFIG_APPLIED);
        assertThat(beans.ran()).doesNotContain(SET_IN_SYNC_BEAN).containsOnlyOnce(SET_STATUS);
    }
}
