package org.netorch.process.circuit;

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
import static org.netorch.process.circuit.TerminateCircuitProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each NetBox step of terminate_circuit under each kind of NetBox failure: the retries run out, an incident names the
 * step and NetBox's answer, the operator's retry finishes the workflow, NetBox keeps nothing of the circuit, and no
 * object is deleted (or port rewritten) twice: a second DELETE of a gone object would show as a 404 in the journal.
 */
class TerminateCircuitFaultTest extends ProcessEngineTest {

    private static final String IP_ADDRESS = "/api/ipam/ip-addresses/*/";
    private static final String PREFIX = "/api/ipam/prefixes/*/";
    private static final String CABLE = "/api/dcim/cables/*/";
    private static final String INTERFACE = "/api/dcim/interfaces/*/";
    private static final int APPLIED_STATUS = 500;

    enum Failure { SERVER_ERROR, TIMEOUT, APPLIED_THEN_500 }

    /** The write fails; {@code path} is also the read a retry makes first (the object by its id). */
    record Fault(String step, String stepName, String method, String path, Failure failure) {
        @Override
        public String toString() {
            return step + " " + method + " " + failure;
        }
    }

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;

    UUID circuit;
    CircuitBlock block;

    @BeforeEach
    void anActiveCircuitWhosePortsCarryItsDescriptions() {
        CircuitFixture fixture = new CircuitFixture(subscriptions, transaction, netBox);
        UUID loc1 = fixture.activeNode("loc1-core");
        UUID loc3 = fixture.activeNode("loc3-core");
        circuit = new CircuitBuilder(fixture).active(loc1, "loc1-core", loc3, "loc3-core", "1/1/c2/1");
        block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        netBox.updateInterfaceDescription(block.endpointA().portId(), block.endpointA().portDescription());
        netBox.updateInterfaceDescription(block.endpointB().portId(), block.endpointB().portDescription());
        journal.clear();
    }

    static Stream<Fault> faults() {
        return Stream.of(
                step(DELETE_ENDPOINT_ADDRESS_A, "Delete A-side address in NetBox", "DELETE", IP_ADDRESS),
                step(DELETE_ENDPOINT_ADDRESS_B, "Delete B-side address in NetBox", "DELETE", IP_ADDRESS),
                step(DELETE_LINK_PREFIX, "Delete link prefix in NetBox", "DELETE", PREFIX),
                step(DELETE_CIRCUIT_PREFIX, "Delete circuit prefix in NetBox", "DELETE", PREFIX),
                step(DELETE_CABLE, "Delete cable in NetBox", "DELETE", CABLE),
                step(RESTORE_PORT_DESCRIPTION_A, "Restore A-side port description in NetBox", "PATCH", INTERFACE),
                step(RESTORE_PORT_DESCRIPTION_B, "Restore B-side port description in NetBox", "PATCH", INTERFACE))
                .flatMap(faults -> faults);
    }

    private static Stream<Fault> step(String step, String name, String method, String path) {
        return Stream.of(Failure.values()).map(failure -> new Fault(step, name, method, path, failure));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailedStepBecomesAnIncidentAndTheRetryFinishesWithEverythingGoneOnce(Fault fault) {
        ProcessInstance process = runTo(fault.step());

        switch (fault.failure()) {
            case SERVER_ERROR -> {
                faults.inject(SimulatedFault.failNext(fault.method(), fault.path(), 503, 2));
                failTwice(process);
                assertIncident(process, fault.step(), fault.stepName() + ": " + fault.method(), "503");
            }
            case TIMEOUT -> {
                faults.inject(SimulatedFault.failNext(fault.method(), fault.path(), 503, 1));
                faults.inject(SimulatedFault.delayNext(fault.method(), fault.path(), SLOWER_THAN_READ_TIMEOUT));
                failTwice(process);
                assertIncident(process, fault.step(), fault.stepName() + ": " + fault.method(), "read timed out");
                pause(1000); // the slow NetBox applies the write after our read timeout
            }
            case APPLIED_THEN_500 -> {
                faults.inject(SimulatedFault.applyThenFail(fault.method(), fault.path(), APPLIED_STATUS));
                assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("500");
                faults.inject(SimulatedFault.failNext("GET", fault.path(), 503, 1));
                assertThatThrownBy(() -> execute(job(process)));
                assertIncident(process, fault.step(), fault.stepName() + ": GET", "503");
            }
        }
        retry(process);
        finish(process);

        assertThat(process).hasPassed(END_CIRCUIT_TERMINATED);
        assertThat(subscriptions.get(circuit).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertNetBoxKeepsNothingOfTheCircuit();
        assertEachWriteLandedOnce();
    }

    private ProcessInstance runTo(String step) {
        ProcessInstance process = start(KEY,
                Map.of(SUBSCRIPTION_ID, circuit.toString()));
        execute(job(process));
        complete(task(process), withVariables(CONFIG_REMOVED, true));
        while (!runtimeService().getActiveActivityIds(process.getId()).contains(step)) {
            execute(job(process));
        }
        return process;
    }

    private void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }
    }

    private void assertNetBoxKeepsNothingOfTheCircuit() {
        String id = circuit.toString();
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(id))).isEmpty();
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(id))).isEmpty();
        assertThat(netBox.cables(CableQuery.all())).noneMatch(cable -> cable.description().contains(id));
        assertThat(netBox.iface(block.endpointA().portId()).description()).isEmpty();
        assertThat(netBox.iface(block.endpointB().portId()).description()).isEmpty();
    }

    /** Landed: answered with success, or applied and then answered with the injected 500 (a delayed write lands too). */
    private void assertEachWriteLandedOnce() {
        List<JournalEntry> writes = journal.writes();
        assertThat(writes).noneMatch(w -> w.status() == 404);
        Map<String, Long> landed = writes.stream()
                .filter(w -> w.status() == 204 || w.status() == 200 || w.status() == APPLIED_STATUS)
                .collect(Collectors.groupingBy(w -> w.method() + " " + w.path(), Collectors.counting()));
        assertThat(landed.values()).allMatch(count -> count == 1);
        assertThat(landed.keySet()).hasSize(7).containsAll(Set.of(
                "DELETE /api/ipam/ip-addresses/" + block.endpointA().addressId() + "/",
                "DELETE /api/ipam/ip-addresses/" + block.endpointB().addressId() + "/",
                "DELETE /api/ipam/prefixes/" + block.linkPrefixId() + "/",
                "DELETE /api/ipam/prefixes/" + block.circuitPrefixId() + "/",
                "DELETE /api/dcim/cables/" + block.circuitId() + "/",
                "PATCH /api/dcim/interfaces/" + block.endpointA().portId() + "/",
                "PATCH /api/dcim/interfaces/" + block.endpointB().portId() + "/"));
    }

    private void failTwice(ProcessInstance process) {
        assertThatThrownBy(() -> execute(job(process)));
        assertThatThrownBy(() -> execute(job(process)));
    }

    private void assertIncident(ProcessInstance process, String step, String start, String answer) {
        assertThat(incidents(process)).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(step);
            assertThat(incident.getIncidentMessage()).startsWith(start).contains(answer);
        });
    }

    /** What Cockpit's Retry does: give the failed job one more try; then run it. */
    private void retry(ProcessInstance process) {
        faults.clear();
        Incident incident = incidents(process).get(0);
        managementService().setJobRetries(incident.getConfiguration(), 1);
        execute(job(process));
        assertThat(incidents(process)).isEmpty();
    }

    private List<Incident> incidents(ProcessInstance process) {
        return runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
    }
}
