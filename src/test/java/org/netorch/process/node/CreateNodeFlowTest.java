package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.CreateNodeProcess.*;

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
import org.netorch.process.shared.WorkflowAbort;
import org.netorch.testsupport.FlowBeans;

/** The paths of bpmn/create_node.bpmn on an in-memory engine, every bound bean a recording stand-in. */
@Deployment(resources = {"bpmn/create_node.bpmn", "forms/select-node.form", "forms/confirm-node-config.form"})
class CreateNodeFlowTest {

    private static final String CHECK = FlowBeans.CHECK_START_INPUT_BEAN;
    private static final String LIST_CANDIDATES = "listCandidateDevicesDelegate";
    private static final String SELECT_CHECK = "selectNodeCompletionCheck";
    private static final String CONSTRUCT = "constructNodeModelDelegate";
    private static final String STORE = "storeProcessSubscriptionDelegate";
    private static final String FETCH_IPS = "fetchIpAddressInformationDelegate";
    private static final String SET_STATUS = "setStatusDelegate";
    private static final String PREPARE_CONFIG = "confirmNodeConfigTaskListener";
    private static final String CONFIG_APPLIED_CHECK = "configAppliedCompletionCheck";
    private static final String UPDATE_STATUS = "updateNodeStatusInNetBoxDelegate";
    private static final String SET_IN_SYNC = "setInSyncDelegate";
    private static final String SET_PLANNED = "setDevicePlannedInNetBoxDelegate";
    private static final String TERMINATE_ABORTED = "terminateAbortedSubscriptionDelegate";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @RegisterExtension
    final FlowBeans beans = new FlowBeans("bpmn/create_node.bpmn").on(engine)
            .delegates(CHECK, LIST_CANDIDATES, CONSTRUCT, STORE, FETCH_IPS, SET_STATUS, UPDATE_STATUS, SET_IN_SYNC,
                    SET_PLANNED, TERMINATE_ABORTED)
            .listeners(SELECT_CHECK, PREPARE_CONFIG, CONFIG_APPLIED_CHECK)
            .value("retryPolicy", new FlowBeans.RetryCycle("R3/PT5M"))
            .value("taskAssignment", new FlowBeans.OperatorsGroup("network-operators"));

    @BeforeEach
    void theConfigAppliedCheckRunsForReal() {
        beans.whenTask(CONFIG_APPLIED_CHECK, SharedListeners.configAppliedCompletionCheck());
    }

    @Test
    void endsAtStartInputRefusedBeforeAnyOtherStepWhenItsFirstStepRefusesTheInput() {
        beans.refuseStartInput("device_id: loc1-core is active in NetBox, not planned");
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));

        beans.assertRefusedAtStart(process);
        assertThat(process).hasNotPassed(CONSTRUCT_NODE_MODEL);
    }

    @Test
    void listsThePlannedDevicesAndEnrollsTheOneChosen() {
        ProcessInstance process = beans.start(KEY);

        beans.runJob(process, LIST_CANDIDATE_DEVICES, LIST_CANDIDATES);
        assertThat(process).isWaitingAt(SELECT_NODE);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + SELECT_NODE_FORM + "\"");
        complete(task(), withVariables(DEVICE_ID, "7"));

        runToConfirmation(process);
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));
        beans.runJob(process, UPDATE_NODE_STATUS_IN_NETBOX, UPDATE_STATUS);

        assertThat(process).isEnded().hasPassedInOrder(LIST_CANDIDATE_DEVICES, SELECT_NODE, CONSTRUCT_NODE_MODEL,
                STORE_PROCESS_SUBSCRIPTION, FETCH_IP_ADDRESS_INFORMATION, SET_STATUS_PROVISIONING,
                CONFIRM_NODE_CONFIG, UPDATE_NODE_STATUS_IN_NETBOX, SET_STATUS_ACTIVE, CreateNodeProcess.SET_IN_SYNC,
                END_NODE_ACTIVE);
        assertThat(beans.ran()).containsExactly(CHECK, LIST_CANDIDATES, SELECT_CHECK, CONSTRUCT, STORE, FETCH_IPS,
                SET_STATUS, PREPARE_CONFIG, CONFIG_APPLIED_CHECK, UPDATE_STATUS, SET_STATUS, SET_IN_SYNC);
    }

    @Test
    void skipsTheChoiceWhenTheDeviceIsGiven() {
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));

        runToConfirmation(process);
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));
        beans.runJob(process, UPDATE_NODE_STATUS_IN_NETBOX, UPDATE_STATUS);

        assertThat(process).isEnded().hasPassed(END_NODE_ACTIVE).hasNotPassed(LIST_CANDIDATE_DEVICES, SELECT_NODE);
        assertThat(beans.ran()).doesNotContain(LIST_CANDIDATES, SELECT_CHECK).startsWith(CHECK, CONSTRUCT);
    }

    @Test
    void setsTheSubscriptionProvisioningBeforeTheConfigurationAndActiveAfterIt() {
        StringBuilder statuses = new StringBuilder();
        beans.when(SET_STATUS, execution -> statuses.append(execution.getVariable("status")).append(' '));
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));

        runToConfirmation(process);
        assertThat(statuses.toString()).isEqualTo("PROVISIONING ");
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));
        beans.runJob(process, UPDATE_NODE_STATUS_IN_NETBOX, UPDATE_STATUS);

        assertThat(statuses.toString()).isEqualTo("PROVISIONING ACTIVE ");
    }

    @Test
    void endsAtDeviceAlreadyEnrolledWhenTheModelStepFindsASubscription() {
        beans.when(CONSTRUCT, execution -> {
            throw new BpmnError(ERROR_CHOICE_REFUSED, "loc3-core already has a node subscription");
        });
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));

        beans.runJob(process, CONSTRUCT_NODE_MODEL, CONSTRUCT);

        assertThat(process).isEnded().hasPassed(END_CHOICE_REFUSED).hasNotPassed(STORE_PROCESS_SUBSCRIPTION);
        assertThat(beans.ran()).containsExactly(CHECK, CONSTRUCT);
    }

    @Test
    void aRefusedSelectionKeepsTheTaskOpen() {
        beans.whenTask(SELECT_CHECK, task -> {
            throw new FormCheckException(DEVICE_ID, "loc3-core is no longer planned");
        });
        ProcessInstance process = beans.start(KEY);
        beans.runJob(process, LIST_CANDIDATE_DEVICES, LIST_CANDIDATES);

        FlowBeans.assertCompletionRefused(process, SELECT_NODE, withVariables(DEVICE_ID, "7"), "no longer planned");
        assertThat(beans.ran()).doesNotContain(CONSTRUCT);
    }

    @Test
    void anAbortAtTheConfigurationTaskPutsTheDeviceBackToPlannedAndTerminates() {
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));
        runToConfirmation(process);
        int before = beans.ran().size();

        runtimeService().createMessageCorrelation(MESSAGE_ABORT_REQUESTED).processInstanceId(process.getId())
                .correlate();
        beans.runJob(process, SET_DEVICE_PLANNED_IN_NETBOX, SET_PLANNED);

        assertThat(process).isEnded().hasPassed(END_ABORTED).hasNotPassed(UPDATE_NODE_STATUS_IN_NETBOX);
        assertThat(beans.ran().subList(before, beans.ran().size())).containsExactly(SET_PLANNED, TERMINATE_ABORTED);
        assertThat(WorkflowAbort.endedAborted(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getEndActivityId())).isTrue();
    }

    @Test
    void aRefusedConfirmationKeepsTheTaskOpen() {
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));
        runToConfirmation(process);

        FlowBeans.assertCompletionRefused(process, CONFIRM_NODE_CONFIG,
                withVariables(ProcessVariables.CONFIG_APPLIED, false), ProcessVariables.CONFIG_APPLIED);
        assertThat(beans.ran()).doesNotContain(UPDATE_STATUS);
    }

    @Test
    void aFailingNetBoxStepStaysAtItsStepWithItsRetriesCounted() {
        beans.when(FETCH_IPS, execution -> {
            throw new IllegalStateException("NetBox answered 503");
        });
        ProcessInstance process = beans.start(KEY, Map.of(DEVICE_ID, 7L));
        beans.runJob(process, CONSTRUCT_NODE_MODEL, CONSTRUCT);

        assertThatThrownBy(() -> execute(job(FETCH_IP_ADDRESS_INFORMATION))).hasMessageContaining("503");

        assertThat(process).isWaitingAt(FETCH_IP_ADDRESS_INFORMATION);
        assertThat(job(FETCH_IP_ADDRESS_INFORMATION).getRetries()).isEqualTo(2);
        assertThat(job(FETCH_IP_ADDRESS_INFORMATION).getExceptionMessage()).contains("503");
        assertThat(beans.ran()).containsExactly(CHECK, CONSTRUCT, STORE, FETCH_IPS);
    }

    private void runToConfirmation(ProcessInstance process) {
        beans.runJob(process, CONSTRUCT_NODE_MODEL, CONSTRUCT);
        beans.runJob(process, FETCH_IP_ADDRESS_INFORMATION, FETCH_IPS);
        assertThat(process).isWaitingAt(CONFIRM_NODE_CONFIG);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CONFIRM_NODE_CONFIG_FORM + "\"");
    }
}
