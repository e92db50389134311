package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.CreateCircuitProcess.*;

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
import org.netorch.process.shared.WorkflowAbort;
import org.netorch.testsupport.FlowBeans;

/** The paths of bpmn/create_circuit.bpmn on an in-memory engine, every bound bean a recording stand-in. */
@Deployment(resources = {"bpmn/create_circuit.bpmn", "forms/choose-product-and-node-a.form",
        "forms/choose-node-b.form", "forms/choose-ports.form", "forms/confirm-circuit-config.form"})
class CreateCircuitFlowTest {

    private static final String CHECK = FlowBeans.CHECK_START_INPUT_BEAN;
    private static final String LIST_NODES_BEAN = "listNodesDelegate";
    private static final String PRODUCT_AND_A_CHECK = "chooseProductAndNodeACompletionCheck";
    private static final String LIST_B_SIDE = "listBSideNodesDelegate";
    private static final String NODE_B_CHECK = "chooseNodeBCompletionCheck";
    private static final String LIST_PORTS = "listFreePortsDelegate";
    private static final String PREPARE_PORTS = "choosePortsTaskListener";
    private static final String PORTS_CHECK = "choosePortsCompletionCheck";
    private static final String CONSTRUCT = "constructCircuitModelDelegate";
    private static final String STORE = "storeProcessSubscriptionDelegate";
    private static final String RESERVE_CIRCUIT = "reserveCircuitPrefixDelegate";
    private static final String RESERVE_LINK = "reserveLinkPrefixDelegate";
    private static final String ASSIGN_ADDRESS = "assignEndpointAddressDelegate";
    private static final String SET_STATUS = "setStatusDelegate";
    private static final String CREATE_CABLE = "createCableInNetBoxDelegate";
    private static final String PREPARE_CONFIG = "confirmCircuitConfigTaskListener";
    private static final String CONFIG_APPLIED_CHECK = "configAppliedCompletionCheck";
    private static final String CONNECT_CABLE = "setCableConnectedDelegate";
    private static final String REMOVE_DUPLICATES = "removeDuplicatesFromNetBoxDelegate";
    private static final String SET_IN_SYNC_BEAN = "setInSyncDelegate";
    private static final String DELETE_CIRCUIT = "deleteCircuitPrefixDelegate";
    private static final String DELETE_LINK = "deleteLinkPrefixDelegate";
    private static final String DELETE_ADDRESS = "deleteEndpointAddressDelegate";
    private static final String DELETE_CABLE_BEAN = "deleteCableDelegate";
    private static final String REMOVE_CIRCUIT = "removeCircuitFromNetBoxDelegate";
    private static final String TERMINATE_ABORTED = "terminateAbortedSubscriptionDelegate";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @RegisterExtension
    final FlowBeans beans = new FlowBeans("bpmn/create_circuit.bpmn").on(engine)
            .delegates(CHECK, LIST_NODES_BEAN, LIST_B_SIDE, LIST_PORTS, CONSTRUCT, STORE, RESERVE_CIRCUIT, RESERVE_LINK,
                    ASSIGN_ADDRESS, SET_STATUS, CREATE_CABLE, CONNECT_CABLE, REMOVE_DUPLICATES, SET_IN_SYNC_BEAN,
                    DELETE_CIRCUIT, DELETE_LINK, DELETE_ADDRESS, DELETE_CABLE_BEAN, REMOVE_CIRCUIT, TERMINATE_ABORTED)
            .listeners(PRODUCT_AND_A_CHECK, NODE_B_CHECK, PREPARE_PORTS, PORTS_CHECK, PREPARE_CONFIG,
                    CONFIG_APPLIED_CHECK)
            .value("retryPolicy", new FlowBeans.RetryCycle("R3/PT5M"))
            .value("taskAssignment", new FlowBeans.OperatorsGroup("network-operators"));

    @BeforeEach
    void theConfigAppliedCheckRunsForReal() {
        beans.whenTask(CONFIG_APPLIED_CHECK, SharedListeners.configAppliedCompletionCheck());
    }

    @Test
    void endsAtStartInputRefusedBeforeAnyOtherStepWhenItsFirstStepRefusesTheInput() {
        beans.refuseStartInput("a_port: port 11 is not on router_a");
        ProcessInstance process = startWithEveryChoice();

        beans.assertRefusedAtStart(process);
        assertThat(process).hasNotPassed(CONSTRUCT_CIRCUIT_MODEL);
    }

    @Test
    void buildsTheCircuitChosenInTheThreeChoiceTasks() {
        ProcessInstance process = beans.start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_PRODUCT_AND_NODE_A);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_PRODUCT_AND_NODE_A_FORM + "\"");
        complete(task(), withVariables(PRODUCT, "Circuit 400G", ROUTER_A, "a-node"));
        assertThat(process).isWaitingAt(CHOOSE_NODE_B);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_NODE_B_FORM + "\"");
        complete(task(), withVariables(ROUTER_B, "b-node"));
        beans.runJob(process, LIST_FREE_PORTS, LIST_PORTS);
        assertThat(process).isWaitingAt(CHOOSE_PORTS);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_PORTS_FORM + "\"");
        complete(task(), withVariables(A_PORT, "11", B_PORT, "12"));
        runToConfirmation(process);
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));
        beans.runJob(process, SET_CABLE_CONNECTED, CONNECT_CABLE);
        beans.runJob(process, REMOVE_DUPLICATES_FROM_NETBOX, REMOVE_DUPLICATES);

        assertThat(process).isEnded().hasPassedInOrder(LIST_NODES, CHOOSE_PRODUCT_AND_NODE_A, LIST_B_SIDE_NODES,
                CHOOSE_NODE_B, LIST_FREE_PORTS, CHOOSE_PORTS, CONSTRUCT_CIRCUIT_MODEL, STORE_PROCESS_SUBSCRIPTION,
                RESERVE_CIRCUIT_PREFIX, RESERVE_LINK_PREFIX, ASSIGN_ENDPOINT_ADDRESS_A, ASSIGN_ENDPOINT_ADDRESS_B,
                SET_STATUS_PROVISIONING, CREATE_CABLE_IN_NETBOX, CONFIRM_CIRCUIT_CONFIG, SET_CABLE_CONNECTED,
                REMOVE_DUPLICATES_FROM_NETBOX, SET_STATUS_ACTIVE, SET_IN_SYNC, END_CIRCUIT_ACTIVE);
        assertThat(beans.ran()).containsExactly(CHECK, LIST_NODES_BEAN, PRODUCT_AND_A_CHECK, LIST_B_SIDE, NODE_B_CHECK,
                LIST_PORTS, PREPARE_PORTS, PORTS_CHECK, CONSTRUCT, STORE, RESERVE_CIRCUIT, RESERVE_LINK,
                ASSIGN_ADDRESS, ASSIGN_ADDRESS, SET_STATUS, CREATE_CABLE, PREPARE_CONFIG, CONFIG_APPLIED_CHECK,
                CONNECT_CABLE, REMOVE_DUPLICATES, SET_STATUS, SET_IN_SYNC_BEAN);
    }

    @Test
    void skipsTheChoiceTasksWhenThePortsAreGiven() {
        ProcessInstance process = startWithEveryChoice();

        runToConfirmation(process);
        complete(task(), withVariables(ProcessVariables.CONFIG_APPLIED, true));
        beans.runJob(process, SET_CABLE_CONNECTED, CONNECT_CABLE);
        beans.runJob(process, REMOVE_DUPLICATES_FROM_NETBOX, REMOVE_DUPLICATES);

        assertThat(process).isEnded().hasPassed(END_CIRCUIT_ACTIVE)
                .hasNotPassed(LIST_NODES, CHOOSE_PRODUCT_AND_NODE_A, LIST_B_SIDE_NODES, CHOOSE_NODE_B,
                        LIST_FREE_PORTS, CHOOSE_PORTS);
        assertThat(beans.ran()).startsWith(CHECK, CONSTRUCT);
    }

    @Test
    void assignsTheASideAddressBeforeTheBSide() {
        List<Object> sides = new ArrayList<>();
        beans.when(ASSIGN_ADDRESS, execution -> sides.add(execution.getVariable(SIDE_PARAMETER)));
        ProcessInstance process = startWithEveryChoice();

        runToConfirmation(process);

        assertThat(sides).containsExactly("A", "B");
    }

    @Test
    void endsAtPortAlreadyInUseWhenTheModelStepFindsThePortTaken() {
        beans.when(CONSTRUCT, execution -> {
            throw new BpmnError(ERROR_CHOICE_REFUSED, "port 11 belongs to another circuit");
        });
        ProcessInstance process = startWithEveryChoice();

        beans.runJob(process, CONSTRUCT_CIRCUIT_MODEL, CONSTRUCT);

        assertThat(process).isEnded().hasPassed(END_CHOICE_REFUSED).hasNotPassed(STORE_PROCESS_SUBSCRIPTION);
        assertThat(beans.ran()).containsExactly(CHECK, CONSTRUCT);
    }

    @Test
    void aRefusedBSideKeepsTheTaskOpen() {
        beans.whenTask(NODE_B_CHECK, task -> {
            throw new FormCheckException(ROUTER_B, "the B side must be another node");
        });
        ProcessInstance process = beans.start(KEY);
        complete(task(process), withVariables(PRODUCT, "Circuit 400G", ROUTER_A, "a-node"));

        FlowBeans.assertCompletionRefused(process, CHOOSE_NODE_B, withVariables(ROUTER_B, "a-node"), "another node");
        assertThat(beans.ran()).doesNotContain(LIST_PORTS);
    }

    @Test
    void refusedPortsKeepTheTaskOpen() {
        beans.whenTask(PORTS_CHECK, task -> {
            throw new FormCheckException(A_PORT, "not a 400G port");
        });
        ProcessInstance process = beans.start(KEY);
        complete(task(process), withVariables(PRODUCT, "Circuit 400G", ROUTER_A, "a-node"));
        complete(task(process), withVariables(ROUTER_B, "b-node"));
        beans.runJob(process, LIST_FREE_PORTS, LIST_PORTS);

        FlowBeans.assertCompletionRefused(process, CHOOSE_PORTS, withVariables(A_PORT, "11", B_PORT, "12"), "400G");
        assertThat(beans.ran()).doesNotContain(CONSTRUCT);
    }

    @Test
    void aRefusedConfirmationKeepsTheTaskOpenAndTheCablePlanned() {
        ProcessInstance process = startWithEveryChoice();
        runToConfirmation(process);

        FlowBeans.assertCompletionRefused(process, CONFIRM_CIRCUIT_CONFIG,
                withVariables(ProcessVariables.CONFIG_APPLIED, false), ProcessVariables.CONFIG_APPLIED);
        assertThat(beans.ran()).doesNotContain(CONNECT_CABLE);
    }

    @Test
    void anAbortUndoesTheCompletedNetBoxStepsNewestFirstThenSweepsAndTerminates() {
        ProcessInstance process = startWithEveryChoice();
        beans.runJob(process, CONSTRUCT_CIRCUIT_MODEL, CONSTRUCT);
        beans.runJob(process, RESERVE_CIRCUIT_PREFIX, RESERVE_CIRCUIT);
        beans.runJob(process, RESERVE_LINK_PREFIX, RESERVE_LINK);
        int before = beans.ran().size();

        runtimeService().createMessageCorrelation(MESSAGE_ABORT_REQUESTED).processInstanceId(process.getId())
                .correlate();
        execute(job(UNDO_NETBOX_WRITES, process));
        beans.runJob(process, REMOVE_CIRCUIT_FROM_NETBOX, REMOVE_CIRCUIT);

        assertThat(process).isEnded().hasPassed(END_ABORTED).hasNotPassed(ASSIGN_ENDPOINT_ADDRESS_A);
        assertThat(beans.ran().subList(before, beans.ran().size()))
                .containsExactly(DELETE_LINK, DELETE_CIRCUIT, REMOVE_CIRCUIT, TERMINATE_ABORTED);
        assertThat(WorkflowAbort.endedAborted(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getEndActivityId())).isTrue();
    }

    @Test
    void anAbortBeforeAnyNetBoxWriteUndoesNothingAndStillSweepsAndTerminates() {
        ProcessInstance process = startWithEveryChoice();
        int before = beans.ran().size();

        runtimeService().createMessageCorrelation(MESSAGE_ABORT_REQUESTED).processInstanceId(process.getId())
                .correlate();
        execute(job(UNDO_NETBOX_WRITES, process));
        beans.runJob(process, REMOVE_CIRCUIT_FROM_NETBOX, REMOVE_CIRCUIT);

        assertThat(process).isEnded().hasPassed(END_ABORTED).hasNotPassed(CONSTRUCT_CIRCUIT_MODEL);
        assertThat(beans.ran().subList(before, beans.ran().size())).containsExactly(REMOVE_CIRCUIT, TERMINATE_ABORTED);
    }

    private ProcessInstance startWithEveryChoice() {
        return beans.start(KEY, Map.of(PRODUCT, "Circuit 100G",
                ROUTER_A, "a-node", ROUTER_B, "b-node", A_PORT, "11", B_PORT, "12"));
    }

    /** Every NetBox step up to the configuration is a job of its own. */
    private void runToConfirmation(ProcessInstance process) {
        beans.runJob(process, CONSTRUCT_CIRCUIT_MODEL, CONSTRUCT);
        beans.runJob(process, RESERVE_CIRCUIT_PREFIX, RESERVE_CIRCUIT);
        beans.runJob(process, RESERVE_LINK_PREFIX, RESERVE_LINK);
        beans.runJob(process, ASSIGN_ENDPOINT_ADDRESS_A, ASSIGN_ADDRESS);
        beans.runJob(process, ASSIGN_ENDPOINT_ADDRESS_B, ASSIGN_ADDRESS);
        beans.runJob(process, CREATE_CABLE_IN_NETBOX, CREATE_CABLE);
        assertThat(process).isWaitingAt(CONFIRM_CIRCUIT_CONFIG);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CONFIRM_CIRCUIT_CONFIG_FORM + "\"");
    }
}
