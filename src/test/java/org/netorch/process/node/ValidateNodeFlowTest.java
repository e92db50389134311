package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.ValidateNodeProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netorch.process.shared.FormCheckException;
import org.netorch.testsupport.FlowBeans;

/** The paths of bpmn/validate_node.bpmn on an in-memory engine, every bound bean a recording stand-in. */
@Deployment(resources = {"bpmn/validate_node.bpmn", "forms/choose-node-to-validate.form"})
class ValidateNodeFlowTest {

    private static final String CHECK = FlowBeans.CHECK_START_INPUT_BEAN;
    private static final String LIST_NODES = "listActiveSubscriptionsDelegate";
    private static final String NODE_CHECK = "chooseNodeToValidateCompletionCheck";
    private static final String LOCK = "lockSubscriptionDelegate";
    private static final String STORE = "storeProcessSubscriptionDelegate";
    private static final String COMPARE = "compareNodeWithNetBoxDelegate";
    private static final String SET_IN_SYNC_BEAN = "setInSyncDelegate";
    private static final String NODE = "6f1c2a9e-0000-4000-8000-000000000002";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @RegisterExtension
    final FlowBeans beans = new FlowBeans("bpmn/validate_node.bpmn").on(engine)
            .delegates(CHECK, LIST_NODES, LOCK, STORE, COMPARE, SET_IN_SYNC_BEAN)
            .listeners(NODE_CHECK)
            .value("taskAssignment", new FlowBeans.OperatorsGroup("network-operators"))
            .value("retryPolicy", new FlowBeans.RetryCycle("R1/PT1S"));

    @Test
    void aChosenNodeThatMatchesNetBoxIsLockedComparedAndSetInSyncAgain() {
        beans.when(LIST_NODES, execution -> assertThat(execution.getVariable("product_type")).isEqualTo("Node"));
        beans.when(LOCK, execution -> assertThat(execution.getVariable("product_type")).isEqualTo("Node"));
        beans.when(COMPARE, execution -> execution.setVariable(DIFFERENCE_COUNT, 0));
        ProcessInstance process = beans.start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_NODE);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_NODE_FORM + "\"");
        complete(task(), withVariables(SUBSCRIPTION_ID, NODE));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        beans.runJob(process, COMPARE_NODE_WITH_NETBOX, COMPARE);

        assertThat(process).isEnded().hasPassedInOrder(CHECK_START_INPUT, LIST_ACTIVE_NODES, CHOOSE_NODE,
                LOCK_SUBSCRIPTION, STORE_PROCESS_SUBSCRIPTION, COMPARE_NODE_WITH_NETBOX, SET_IN_SYNC, END_IN_SYNC);
        assertThat(beans.ran()).containsExactly(CHECK, LIST_NODES, NODE_CHECK, LOCK, STORE, COMPARE,
                SET_IN_SYNC_BEAN);
    }

    @Test
    void differencesEndAtDriftFoundAndTheNodeIsNotSetInSync() {
        ProcessInstance process = validateGivenNodeFinding(2);

        assertThat(process).isEnded().hasPassed(END_DRIFT_FOUND).hasNotPassed(SET_IN_SYNC, END_IN_SYNC);
        assertThat(beans.ran()).containsExactly(CHECK, LOCK, STORE, COMPARE);
    }

    @Test
    void skipsTheChoiceWhenTheNodeIsGiven() {
        ProcessInstance process = validateGivenNodeFinding(0);

        assertThat(process).isEnded().hasPassed(END_IN_SYNC).hasNotPassed(LIST_ACTIVE_NODES, CHOOSE_NODE);
    }

    @Test
    void endsAtSubscriptionBusyWhenTheLockIsRefusedAndComparesNothing() {
        beans.when(LOCK, execution -> {
            throw new BpmnError(ERROR_SUBSCRIPTION_BUSY, "node is out of sync");
        });
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, NODE));

        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY)
                .hasNotPassed(STORE_PROCESS_SUBSCRIPTION, COMPARE_NODE_WITH_NETBOX);
        assertThat(beans.ran()).containsExactly(CHECK, LOCK);
    }

    @Test
    void endsAtStartInputRefusedBeforeTheLockWhenItsFirstStepRefusesTheInput() {
        beans.refuseStartInput("subscription_id: node is TERMINATED, not ACTIVE");
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, NODE));

        beans.assertRefusedAtStart(process);
        assertThat(process).hasNotPassed(LOCK_SUBSCRIPTION);
    }

    @Test
    void aRefusedNodeChoiceKeepsTheTaskOpen() {
        beans.whenTask(NODE_CHECK, task -> {
            throw new FormCheckException(SUBSCRIPTION_ID, "node is PROVISIONING, not ACTIVE");
        });
        ProcessInstance process = beans.start(KEY);

        FlowBeans.assertCompletionRefused(process, CHOOSE_NODE, withVariables(SUBSCRIPTION_ID, NODE), "not ACTIVE");

        assertThat(beans.ran()).doesNotContain(LOCK);
    }

    /** Starts with the node given and runs the lock and the comparison, which finds that many differences. */
    private ProcessInstance validateGivenNodeFinding(int differences) {
        beans.when(COMPARE, execution -> execution.setVariable(DIFFERENCE_COUNT, differences));
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, NODE));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        beans.runJob(process, COMPARE_NODE_WITH_NETBOX, COMPARE);
        return process;
    }
}
