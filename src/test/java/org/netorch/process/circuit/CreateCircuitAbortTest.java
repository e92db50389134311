package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.CreateCircuitProcess.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.process.operations.ProcessCommands;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aborting create_circuit over our API after each of its NetBox writes: compensation deletes what the completed steps
 * wrote, the sweep what a failed step left, and the subscription ends TERMINATED with its ports free.
 */
class CreateCircuitAbortTest extends ProcessEngineTest {

    private static final String NOTE = "Aborted by alice: wrong ports";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ProcessCommands commands;

    CircuitFixture fixtures;
    UUID loc1;
    UUID loc2;
    String aPort;
    String bPort;

    @BeforeEach
    void twoActiveNodes() {
        fixtures = new CircuitFixture(subscriptions, transaction, netBox);
        UUID loc1 = fixtures.activeNode("loc1-core");
        UUID loc2 = fixtures.activeNode("loc2-core");
        aPort = fixtures.portId("loc1-core", "1/1/c7/1");
        bPort = fixtures.portId("loc2-core", "1/1/c7/1");
        this.loc1 = loc1;
        this.loc2 = loc2;
    }

    @ParameterizedTest(name = "aborted at {0}")
    @CsvSource({
            "serviceTask_reserveLinkPrefix, serviceTask_deleteCircuitPrefix",
            "serviceTask_assignEndpointAddressA, serviceTask_deleteCircuitPrefix serviceTask_deleteLinkPrefix",
            "serviceTask_assignEndpointAddressB, serviceTask_deleteCircuitPrefix serviceTask_deleteLinkPrefix "
                    + "serviceTask_deleteEndpointAddressA",
            "serviceTask_createCableInNetBox, serviceTask_deleteCircuitPrefix serviceTask_deleteLinkPrefix "
                    + "serviceTask_deleteEndpointAddressA serviceTask_deleteEndpointAddressB",
            "userTask_confirmCircuitConfig, serviceTask_deleteCircuitPrefix serviceTask_deleteLinkPrefix "
                    + "serviceTask_deleteEndpointAddressA serviceTask_deleteEndpointAddressB serviceTask_deleteCable"})
    void abortAfterEachNetBoxWriteUndoesEveryWriteByCompensation(String waitingAt, String handlers) {
        ProcessInstance process = runTo(waitingAt);
        UUID circuit = subscriptionOf(process);
        journal.clear();

        commands.abort(process.getId(), "wrong ports", "alice");
        finish(process);

        assertThat(process).isEnded().hasPassed(UNDO_NETBOX_WRITES, REMOVE_CIRCUIT_FROM_NETBOX,
                TERMINATE_ABORTED_SUBSCRIPTION, END_ABORTED).hasPassed(handlers.split(" "));
        assertNetBoxKeepsNothingOf(circuit);
        assertTerminatedWithPortsFree(circuit);
        // the handlers deleted everything: the sweep after them found nothing left to delete
        assertThat(journal.writes()).noneMatch(w -> w.status() == 404);
        assertThat(journal.writes()).hasSize(handlers.split(" ").length);
    }

    @Test
    void abortBeforeAnyNetBoxWriteTerminatesAtOnceAndWritesNothing() {
        ProcessInstance process = runTo(RESERVE_CIRCUIT_PREFIX);
        UUID circuit = subscriptionOf(process);

        commands.abort(process.getId(), "wrong ports", "alice");
        finish(process);

        assertThat(process).isEnded().hasPassed(END_ABORTED).hasNotPassed(DELETE_CIRCUIT_PREFIX);
        assertThat(journal.writes()).isEmpty();
        assertTerminatedWithPortsFree(circuit);
    }

    @Test
    void aStepThatFailedAfterItsWriteLandedIsCleanedByTheSweep() {
        ProcessInstance process = runTo(RESERVE_LINK_PREFIX);
        UUID circuit = subscriptionOf(process);
        faults.inject(SimulatedFault.applyThenFail("POST", "/api/ipam/prefixes/*/available-prefixes/", 500));
        assertThatThrownBy(() -> execute(onlyJob(process))).hasMessageContaining("500");
        faults.inject(SimulatedFault.failNext("GET", "/api/ipam/prefixes/", 503, 1));
        assertThatThrownBy(() -> execute(onlyJob(process)));
        assertThat(incidents(process)).singleElement()
                .satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo(RESERVE_LINK_PREFIX));
        faults.clear();
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(circuit.toString()))).hasSize(2);

        commands.abort(process.getId(), "wrong ports", "alice");
        assertThat(incidents(process)).isEmpty();
        finish(process);

        assertThat(process).isEnded().hasPassed(DELETE_CIRCUIT_PREFIX, REMOVE_CIRCUIT_FROM_NETBOX, END_ABORTED)
                .hasNotPassed(DELETE_LINK_PREFIX);
        assertNetBoxKeepsNothingOf(circuit);
        assertTerminatedWithPortsFree(circuit);
    }

    enum Failure { SERVER_ERROR, TIMEOUT, APPLIED_THEN_500 }

    /**
     * Every handler's NetBox call failing each way: the handlers' DELETEs of addresses (A and B), prefixes (/127 and
     * /64) and the cable. They run in one job, the throw event's, so the incident sits there; the retry runs them
     * again, and what is gone stays gone.
     */
    @ParameterizedTest(name = "DELETE {0} {1}")
    @CsvSource({
            "/api/ipam/ip-addresses/*/, SERVER_ERROR", "/api/ipam/ip-addresses/*/, TIMEOUT",
            "/api/ipam/ip-addresses/*/, APPLIED_THEN_500",
            "/api/ipam/prefixes/*/, SERVER_ERROR", "/api/ipam/prefixes/*/, TIMEOUT",
            "/api/ipam/prefixes/*/, APPLIED_THEN_500",
            "/api/dcim/cables/*/, SERVER_ERROR", "/api/dcim/cables/*/, TIMEOUT", "/api/dcim/cables/*/, APPLIED_THEN_500"})
    void aHandlerNetBoxFailsBecomesAnIncidentAndTheRetryFinishesDeletingEachObjectOnce(String path, Failure failure) {
        ProcessInstance process = runTo(CONFIRM_CIRCUIT_CONFIG);
        UUID circuit = subscriptionOf(process);
        CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        journal.clear();
        switch (failure) {
            case SERVER_ERROR -> faults.inject(SimulatedFault.failNext("DELETE", path, 503, 2));
            case TIMEOUT -> {
                faults.inject(SimulatedFault.failNext("DELETE", path, 503, 1));
                faults.inject(SimulatedFault.delayNext("DELETE", path, SLOWER_THAN_READ_TIMEOUT));
            }
            case APPLIED_THEN_500 -> {
                faults.inject(SimulatedFault.applyThenFail("DELETE", path, 500));
                faults.inject(SimulatedFault.failNext("GET", path, 503, 1));
            }
        }

        commands.abort(process.getId(), "wrong ports", "alice");
        while (incidents(process).isEmpty()) {
            assertThatThrownBy(() -> execute(onlyJobOrFirst(process)));
        }
        Incident incident = incidents(process).get(0);
        assertThat(incident.getActivityId()).isEqualTo(UNDO_NETBOX_WRITES);
        assertThat(process).isNotEnded();
        if (failure == Failure.TIMEOUT) {
            pause(1000); // the slow NetBox applies the delete after our read timeout
        }

        faults.clear();
        managementService().setJobRetries(incident.getConfiguration(), 1);
        finish(process);

        assertThat(process).isEnded().hasPassed(END_ABORTED);
        assertNetBoxKeepsNothingOf(circuit);
        assertTerminatedWithPortsFree(circuit);
        // each object was deleted by exactly one DELETE that NetBox applied
        Map<String, Long> applied = journal.writes().stream()
                .filter(w -> w.method().equals("DELETE") && (w.status() == 204 || w.status() == 500))
                .collect(Collectors.groupingBy(w -> w.path(), Collectors.counting()));
        assertThat(applied).containsOnlyKeys(
                "/api/ipam/ip-addresses/" + block.endpointA().addressId() + "/",
                "/api/ipam/ip-addresses/" + block.endpointB().addressId() + "/",
                "/api/ipam/prefixes/" + block.linkPrefixId() + "/",
                "/api/ipam/prefixes/" + block.circuitPrefixId() + "/",
                "/api/dcim/cables/" + block.circuitId() + "/");
        assertThat(applied.values()).allMatch(count -> count == 1);
    }

    @Test
    void anAbortBeforeTheFirstStepTouchesNothingABusinessKeyGivenAtStartNames() {
        ProcessInstance victimRun = runTo(CONFIRM_CIRCUIT_CONFIG);
        complete(task(victimRun), withVariables(ProcessVariables.CONFIG_APPLIED, true));
        finish(victimRun);
        UUID victim = subscriptionOf(victimRun);
        assertThat(subscriptions.get(victim).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        long victimVersion = subscriptions.get(victim).version();
        journal.clear();

        ProcessInstance attack = runtimeService().startProcessInstanceByKey(KEY, victim.toString());
        commands.abort(attack.getId(), "cover the tracks", "mallory");
        finish(attack);

        assertThat(attack).isEnded().hasPassed(END_ABORTED).hasNotPassed(DELETE_CIRCUIT_PREFIX);
        assertThat(journal.writes()).isEmpty();
        String id = victim.toString();
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(id))).hasSize(2);
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(id))).hasSize(2);
        assertThat(netBox.cables(CableQuery.all())).filteredOn(cable -> cable.description().contains(id)).hasSize(1);
        Subscription after = subscriptions.get(victim);
        assertThat(after.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(after.insync()).isTrue();
        assertThat(after.version()).as("no event recorded on the victim").isEqualTo(victimVersion);
    }

    private ProcessInstance runTo(String step) {
        ProcessInstance process = start(KEY, Map.of(PRODUCT, "Circuit 400G",
                ROUTER_A, loc1.toString(), ROUTER_B, loc2.toString(), A_PORT, aPort, B_PORT, bPort));
        while (!runtimeService().getActiveActivityIds(process.getId()).contains(step)) {
            execute(onlyJob(process));
        }
        return process;
    }

    private void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(onlyJobOrFirst(process));
        }
    }

    private static Job onlyJob(ProcessInstance process) {
        return managementService().createJobQuery().processInstanceId(process.getId()).singleResult();
    }

    // compensation starts every handler at once, each a job of its own
    private static Job onlyJobOrFirst(ProcessInstance process) {
        List<Job> jobs = managementService().createJobQuery().processInstanceId(process.getId()).withRetriesLeft()
                .orderByJobId().asc().list();
        assertThat(jobs).as("jobs of " + process.getId()).isNotEmpty();
        return jobs.get(0);
    }

    private UUID subscriptionOf(ProcessInstance process) {
        return UUID.fromString(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey());
    }

    private void assertNetBoxKeepsNothingOf(UUID circuit) {
        String id = circuit.toString();
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(id))).isEmpty();
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(id))).isEmpty();
        assertThat(netBox.cables(CableQuery.all())).noneMatch(cable -> cable.description().contains(id));
    }

    private void assertTerminatedWithPortsFree(UUID circuit) {
        Subscription subscription = subscriptions.get(circuit);
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(subscription.note()).isEqualTo(NOTE);
        assertThat(subscriptions.holderOf(ResourceClaim.INTERFACE, Long.parseLong(aPort))).isEmpty();
        assertThat(subscriptions.holderOf(ResourceClaim.INTERFACE, Long.parseLong(bPort))).isEmpty();
        assertThat(netBox.iface(Long.parseLong(aPort)).isCabled()).isFalse();
    }

    private static List<Incident> incidents(ProcessInstance process) {
        return runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
    }
}
