package org.netorch.process.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.netorch.process.validation.ValidateSubscriptionsProcess.*;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netorch.process.circuit.ValidateCircuitProcess;
import org.netorch.process.node.ValidateNodeProcess;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.testsupport.FlowBeans;

/**
 * The paths of bpmn/validate_subscriptions.bpmn on an in-memory engine: the batch step is a stand-in that hands out
 * the batches a test gives it, the summary is the real one, and validate_node and validate_circuit are stand-ins that
 * end where the subscription id says (ids starting with {@code c} in sync, {@code d} drift, {@code b} busy).
 */
class ValidateSubscriptionsFlowTest {

    private static final String CHECK = FlowBeans.CHECK_START_INPUT_BEAN;
    private static final String TAKE_TYPE = "takeNextProductTypeDelegate";
    private static final String TAKE_BATCH = "takeNextBatchDelegate";
    private static final String SUMMARIZE = "summarizeValidationDelegate";
    private static final String NIGHTLY = "0 0 2 * * ?";

    enum Product { Node, Circuit }

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @RegisterExtension
    final FlowBeans beans = new FlowBeans("bpmn/validate_subscriptions.bpmn").on(engine)
            .delegates(CHECK, TAKE_TYPE, TAKE_BATCH, SUMMARIZE)
            .value("validationSchedule", new Schedule(NIGHTLY))
            .value("retryPolicy", new FlowBeans.RetryCycle("R1/PT1S"));

    private final Map<Product, Deque<List<UUID>>> batches = new EnumMap<>(Product.class);
    private String deployment;

    /** The {@code validationSchedule} bean's shape. */
    public static final class Schedule {

        private final String cron;

        Schedule(String cron) {
            this.cron = cron;
        }

        public String getCron() {
            return cron;
        }
    }

    // deployed here, not by @Deployment: the timer start event reads ${validationSchedule.cron} when it is deployed,
    // so the stand-ins must be registered first
    @BeforeEach
    void deployWithStandInValidations() {
        for (Product product : Product.values()) {
            batches.put(product, new ArrayDeque<>());
        }
        beans.when(TAKE_BATCH, execution -> {
            Product product = Product.valueOf((String) execution.getVariable(PRODUCT_TYPE));
            List<UUID> next = batches.get(product).poll();
            ValidateSubscriptionsVariables.batch(execution, next == null ? List.of() : next);
        });
        beans.when(TAKE_TYPE, new TakeNextProductTypeDelegate());
        beans.when(SUMMARIZE, new SummarizeValidationDelegate());
        deployment = repositoryService().createDeployment()
                .addClasspathResource("bpmn/validate_subscriptions.bpmn")
                .addModelInstance(ValidateNodeProcess.KEY + ".bpmn", standIn(ValidateNodeProcess.KEY))
                .addModelInstance(ValidateCircuitProcess.KEY + ".bpmn", standIn(ValidateCircuitProcess.KEY))
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService().deleteDeployment(deployment, true);
    }

    private Object chosenSubscription(HistoricProcessInstance child) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(child.getId())
                .variableName(ProcessVariables.SUBSCRIPTION_ID).singleResult().getValue();
    }

    @Test
    void validatesEveryBatchOfNodesThenOfCircuitsAndEndsWithTheSummary() {
        UUID clean1 = id('c', 1);
        UUID drifted = id('d', 2);
        UUID clean2 = id('c', 3);
        UUID busy = id('b', 4);
        UUID clean3 = id('c', 5);
        batches.get(Product.Node).addAll(List.of(List.of(clean1, drifted), List.of(clean2)));
        batches.get(Product.Circuit).add(List.of(busy, clean3));

        ProcessInstance run = runtimeService().startProcessInstanceByKey(KEY);
        runAllJobs();

        assertThat(run).isEnded().hasPassed(VALIDATE_SUBSCRIPTION, SUMMARIZE_VALIDATION, END_VALIDATION_DONE);
        assertThat(run).variables().containsEntry(CHECKED, 4).containsEntry(IN_SYNC, 3).containsEntry(DRIFT, 1)
                .containsEntry(SKIPPED, 1);
        List<HistoricProcessInstance> called = historyService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(run.getId()).list();
        // each child is given its subscription as a choice, which its lock step judges and takes
        assertThat(called).extracting(this::chosenSubscription).containsExactlyInAnyOrder(
                clean1.toString(), drifted.toString(), clean2.toString(), busy.toString(), clean3.toString());
        assertThat(called).filteredOn(child -> child.getProcessDefinitionKey().equals(ValidateCircuitProcess.KEY))
                .extracting(this::chosenSubscription)
                .containsExactlyInAnyOrder(busy.toString(), clean3.toString());
        // nodes first, then the circuits that depend on them, each by its product's validate workflow
        Date lastNodeEnded = called.stream().filter(child -> child.getProcessDefinitionKey()
                .equals(ValidateNodeProcess.KEY)).map(HistoricProcessInstance::getEndTime).max(Date::compareTo)
                .orElseThrow();
        assertThat(called).filteredOn(child -> child.getProcessDefinitionKey().equals(ValidateCircuitProcess.KEY))
                .allSatisfy(child -> assertThat(child.getStartTime()).isAfterOrEqualTo(lastNodeEnded));
        assertThat(called).extracting(HistoricProcessInstance::getBusinessKey).containsOnlyNulls();
    }

    @Test
    void eachValidationOfABatchStartsInAJobOfItsOwn() {
        batches.get(Product.Node).add(List.of(id('c', 1), id('c', 2), id('d', 3)));
        ProcessInstance run = runtimeService().startProcessInstanceByKey(KEY);

        beans.runJob(run, CHECK_START_INPUT, CHECK);
        beans.runJob(run, TAKE_NEXT_PRODUCT_TYPE, TAKE_TYPE);
        beans.runJob(run, TAKE_NEXT_BATCH, TAKE_BATCH);

        List<Job> starts = managementService().createJobQuery().processInstanceId(run.getId())
                .activityId(VALIDATE_SUBSCRIPTION).list();
        assertThat(starts).hasSize(3);
        assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(run.getId()).count())
                .isZero();
    }

    @Test
    void withNothingToValidateTheSummaryIsAllZero() {
        ProcessInstance run = runtimeService().startProcessInstanceByKey(KEY);

        runAllJobs();

        assertThat(run).isEnded().hasNotPassed(VALIDATE_SUBSCRIPTION).hasPassed(END_VALIDATION_DONE);
        assertThat(run).variables().containsEntry(CHECKED, 0).containsEntry(IN_SYNC, 0).containsEntry(DRIFT, 0)
                .containsEntry(SKIPPED, 0);
        assertThat(beans.ran()).containsExactly(CHECK, TAKE_TYPE, TAKE_BATCH, TAKE_TYPE, TAKE_BATCH, TAKE_TYPE,
                SUMMARIZE);
    }

    @Test
    void theScheduleStartsOneRunWhenItsTimerFiresAndWaitsForTheNextTick() {
        Job timer = managementService().createJobQuery().processDefinitionKey(KEY).timers().singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getProcessInstanceId()).isNull();
        batches.get(Product.Node).add(List.of(id('c', 1)));

        ClockUtil.setCurrentTime(timer.getDuedate());
        try {
            managementService().executeJob(timer.getId());
            runAllJobs();
        } finally {
            ClockUtil.reset();
        }

        List<HistoricProcessInstance> runs = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(KEY).list();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).getStartActivityId()).isEqualTo(START_EVENT);
        assertThat(runs.get(0).getEndActivityId()).isEqualTo(END_VALIDATION_DONE);
        Job next = managementService().createJobQuery().processDefinitionKey(KEY).timers().singleResult();
        assertThat(next.getDuedate()).isEqualTo(timer.getDuedate().toInstant().plus(Duration.ofDays(1)));
    }

    /** Runs the jobs that are due, as the job executor would, until none is left (the next tick's timer is not). */
    private static void runAllJobs() {
        for (int round = 0; round < 200; round++) {
            List<Job> due = managementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs still due after 200 rounds");
    }

    private static UUID id(char outcome, int n) {
        return UUID.fromString(outcome + String.format("%07d", n) + "-0000-4000-8000-000000000000");
    }

    private static BpmnModelInstance standIn(String key) {
        String id = "${execution.getVariable('subscription_id')";
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .exclusiveGateway()
                .condition("drift", id + ".startsWith('d')}").endEvent(ValidateNodeProcess.END_DRIFT_FOUND)
                .moveToLastGateway()
                .condition("busy", id + ".startsWith('b')}").endEvent(ValidateNodeProcess.END_SUBSCRIPTION_BUSY)
                .moveToLastGateway()
                .condition("clean", id + ".startsWith('c')}").endEvent(ValidateNodeProcess.END_IN_SYNC)
                .done();
    }
}
