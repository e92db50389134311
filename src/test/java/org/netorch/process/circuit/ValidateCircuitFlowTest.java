package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.ValidateCircuitProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.testsupport.FlowBeans;

/** The paths of bpmn/validate_circuit.bpmn on an in-memory engine, every bound bean a recording stand-in. */
@Deployment(resources = {"bpmn/validate_circuit.bpmn", "forms/choose-circuit-to-validate.form"})
class ValidateCircuitFlowTest {

    private static final String CHECK = FlowBeans.CHECK_START_INPUT_BEAN;
    private static final String LIST_CIRCUITS = "listActiveSubscriptionsDelegate";
    private static final String CIRCUIT_CHECK = "chooseCircuitToValidateCompletionCheck";
    private static final String LOCK = "lockSubscriptionDelegate";
    private static final String STORE = "storeProcessSubscriptionDelegate";
    private static final String COMPARE = "compareCircuitWithNetBoxDelegate";
    private static final String SET_IN_SYNC_BEAN = "setInSyncDelegate";
    private static final String CIRCUIT = "6f1c2a9e-0000-4000-8000-000000000003";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @RegisterExtension
    final FlowBeans beans = new FlowBeans("bpmn/validate_circuit.bpmn").on(engine)
            .delegates(CHECK, LIST_CIRCUITS, LOCK, STORE, COMPARE, SET_IN_SYNC_BEAN)
            .listeners(CIRCUIT_CHECK)
            .value("taskAssignment", new FlowBeans.OperatorsGroup("network-operators"))
            .value("retryPolicy", new FlowBeans.RetryCycle("R1/PT1S"));

    private final List<String> parts = new ArrayList<>();

    /** Each compare step says which part it compares and adds what it found, as the real step does. */
    private void comparingFinds(int cable, int prefixes, int addresses) {
        Map<String, Integer> found = Map.of("CABLE", cable, "PREFIXES", prefixes, "ADDRESSES", addresses);
        beans.when(COMPARE, execution -> {
            String part = (String) execution.getVariableLocal(PART_PARAMETER);
            parts.add(part);
            ProcessVariables.countDifferences(execution, found.get(part));
        });
    }

    /** Starts with the circuit given and runs the lock and the three comparisons. */
    private ProcessInstance validateGivenCircuit() {
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        runTheComparisons(process);
        return process;
    }

    private void runTheComparisons(ProcessInstance process) {
        beans.runJob(process, COMPARE_CABLE, COMPARE);
        beans.runJob(process, COMPARE_PREFIXES, COMPARE);
        beans.runJob(process, COMPARE_ADDRESSES, COMPARE);
    }

    @Test
    void aChosenCircuitIsComparedPartByPartEachStepItsOwnJobAndIsSetInSyncWhenNothingDiffers() {
        comparingFinds(0, 0, 0);
        beans.when(LIST_CIRCUITS, execution -> assertThat(execution.getVariable("product_type")).isEqualTo("Circuit"));
        beans.when(LOCK, execution -> assertThat(execution.getVariable("product_type")).isEqualTo("Circuit"));
        ProcessInstance process = beans.start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_CIRCUIT);
        assertThat(FlowBeans.deployedForm(task())).contains("\"id\": \"" + CHOOSE_CIRCUIT_FORM + "\"");
        complete(task(), withVariables(SUBSCRIPTION_ID, CIRCUIT));
        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);
        runTheComparisons(process);

        assertThat(process).isEnded().hasPassedInOrder(CHECK_START_INPUT, LIST_ACTIVE_CIRCUITS, CHOOSE_CIRCUIT,
                LOCK_SUBSCRIPTION,
                STORE_PROCESS_SUBSCRIPTION, COMPARE_CABLE, COMPARE_PREFIXES, COMPARE_ADDRESSES, SET_IN_SYNC,
                END_IN_SYNC);
        assertThat(parts).containsExactly("CABLE", "PREFIXES", "ADDRESSES");
        assertThat(beans.ran()).containsExactly(CHECK, LIST_CIRCUITS, CIRCUIT_CHECK, LOCK, STORE, COMPARE, COMPARE,
                COMPARE, SET_IN_SYNC_BEAN);
    }

    @Test
    void aDifferenceInAnyOnePartEndsAtDriftFoundAfterEveryPartWasCompared() {
        comparingFinds(0, 1, 0);

        ProcessInstance process = validateGivenCircuit();

        assertThat(process).isEnded().hasPassed(COMPARE_ADDRESSES, END_DRIFT_FOUND).hasNotPassed(SET_IN_SYNC);
        assertThat(process).variables().containsEntry(DIFFERENCE_COUNT, 1);
        assertThat(beans.ran()).doesNotContain(SET_IN_SYNC_BEAN);
    }

    @Test
    void aCableThatDiffersAloneIsDriftToo() {
        comparingFinds(2, 0, 0);

        ProcessInstance process = validateGivenCircuit();

        assertThat(process).isEnded().hasPassed(END_DRIFT_FOUND).hasNotPassed(LIST_ACTIVE_CIRCUITS, CHOOSE_CIRCUIT);
    }

    @Test
    void endsAtSubscriptionBusyWhenTheLockIsRefusedAndComparesNothing() {
        beans.when(LOCK, execution -> {
            throw new BpmnError(ERROR_SUBSCRIPTION_BUSY, "circuit is out of sync");
        });
        ProcessInstance process = beans.start(KEY, Map.of(SUBSCRIPTION_ID, CIRCUIT));

        beans.runJob(process, LOCK_SUBSCRIPTION, LOCK);

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY).hasNotPassed(COMPARE_CABLE);
        assertThat(beans.ran()).containsExactly(CHECK, LOCK);
    }

    @Test
    void aRefusedCircuitChoiceKeepsTheTaskOpen() {
        beans.whenTask(CIRCUIT_CHECK, task -> {
            throw new FormCheckException(SUBSCRIPTION_ID, "subscription is a Node, not a circuit");
        });
        ProcessInstance process = beans.start(KEY);

        FlowBeans.assertCompletionRefused(process, CHOOSE_CIRCUIT, withVariables(SUBSCRIPTION_ID, CIRCUIT),
                "not a circuit");

        assertThat(beans.ran()).doesNotContain(LOCK);
    }
}
