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
import static org.netorch.process.circuit.CreateCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxEndpoint;
import org.netorch.netbox.NetBoxProperties;
import org.netorch.netbox.NetBoxSeedingClient;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each NetBox step of create_circuit under each kind of NetBox failure: the retries run out, an incident names the
 * step and NetBox's answer, the operator's retry finishes the workflow, and NetBox holds the circuit's objects once.
 */
class CreateCircuitFaultTest extends ProcessEngineTest {

    private static final String POOL = "2001:db8:10::/44";
    private static final String INTERFACES = "/api/dcim/interfaces/";
    private static final String INTERFACE = "/api/dcim/interfaces/*/";
    private static final String PREFIXES = "/api/ipam/prefixes/";
    private static final String AVAILABLE_PREFIXES = "/api/ipam/prefixes/*/available-prefixes/";
    private static final String AVAILABLE_IPS = "/api/ipam/prefixes/*/available-ips/";
    private static final String IP_ADDRESSES = "/api/ipam/ip-addresses/";
    private static final String CABLES = "/api/dcim/cables/";
    private static final String CABLE = "/api/dcim/cables/*/";

    enum Failure { SERVER_ERROR, TIMEOUT, APPLIED_THEN_500 }

    /** {@code lookup} is the read a retry makes first, failed once more so that a write-then-500 ends in an incident. */
    record Fault(String step, String stepName, String method, String path, Failure failure, String lookup) {
        @Override
        public String toString() {
            return step + " " + method + " " + failure;
        }
    }

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxEndpoint endpoint;
    @Autowired
    NetBoxProperties properties;
    @Autowired
    TransactionTemplate transaction;

    CircuitFixture fixtures;
    UUID loc1;
    UUID loc3;

    @BeforeEach
    void twoActiveNodes() {
        fixtures = new CircuitFixture(subscriptions, transaction, netBox);
        loc1 = fixtures.activeNode("loc1-core");
        loc3 = fixtures.activeNode("loc3-core");
    }

    static Stream<Fault> faults() {
        return Stream.of(
                reads(LIST_FREE_PORTS, "List free ports in NetBox", INTERFACES),
                reads(CONSTRUCT_CIRCUIT_MODEL, "Construct circuit model", INTERFACE),
                writes(RESERVE_CIRCUIT_PREFIX, "Reserve circuit prefix in NetBox", "POST", AVAILABLE_PREFIXES,
                        PREFIXES),
                writes(RESERVE_LINK_PREFIX, "Reserve link prefix in NetBox", "POST", AVAILABLE_PREFIXES, PREFIXES),
                writes(ASSIGN_ENDPOINT_ADDRESS_A, "Assign A-side address in NetBox", "POST", AVAILABLE_IPS,
                        IP_ADDRESSES),
                writes(ASSIGN_ENDPOINT_ADDRESS_B, "Assign B-side address in NetBox", "POST", AVAILABLE_IPS,
                        IP_ADDRESSES),
                writes(CREATE_CABLE_IN_NETBOX, "Create cable in NetBox", "POST", CABLES, INTERFACE),
                writes(SET_CABLE_CONNECTED, "Set cable connected in NetBox", "PATCH", CABLE, CABLE))
                .flatMap(faults -> faults);
    }

    private static Stream<Fault> reads(String step, String name, String path) {
        return Stream.of(Failure.SERVER_ERROR, Failure.TIMEOUT)
                .map(failure -> new Fault(step, name, "GET", path, failure, null));
    }

    private static Stream<Fault> writes(String step, String name, String method, String path, String lookup) {
        return Stream.of(Failure.values()).map(failure -> new Fault(step, name, method, path, failure, lookup));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailedStepBecomesAnIncidentAndTheRetryFinishesWithEverythingOnce(Fault fault) {
        ProcessInstance process = runTo(fault.step());

        switch (fault.failure()) {
            case SERVER_ERROR -> {
                faults.inject(SimulatedFault.failNext(fault.method(), fault.path(), 503, 2));
                failTwice(process);
                assertIncident(process, fault, "503");
            }
            case TIMEOUT -> {
                faults.inject(SimulatedFault.failNext(fault.method(), fault.path(), 503, 1));
                faults.inject(SimulatedFault.delayNext(fault.method(), fault.path(), SLOWER_THAN_READ_TIMEOUT));
                failTwice(process);
                assertIncident(process, fault, "read timed out");
                pause(1000); // the slow NetBox applies the write after our read timeout
            }
            case APPLIED_THEN_500 -> {
                faults.inject(SimulatedFault.applyThenFail(fault.method(), fault.path(), 500));
                assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("500");
                faults.inject(SimulatedFault.failNext("GET", fault.lookup(), 503, 1));
                assertThatThrownBy(() -> execute(job(process)));
                assertThat(incidents(process)).singleElement()
                        .satisfies(i -> assertThat(i.getIncidentMessage()).startsWith(fault.stepName() + ": GET"));
            }
        }
        retry(process);

        finish(process);
        assertNetBoxHoldsTheCircuitOnce(process);
    }

    @Test
    void anExhaustedPoolIsAnIncidentThatNamesItAndTheRetryFinishesOnceSpaceIsFreed() throws Exception {
        NetBoxSeedingClient seeding = new NetBoxSeedingClient(endpoint, properties);
        Prefix lowHalf = seeding.createPrefix("2001:db8:10::/45", "reserved", false, "filler");
        seeding.createPrefix("2001:db8:18::/45", "reserved", false, "filler");
        ProcessInstance process = runTo(RESERVE_CIRCUIT_PREFIX);

        failTwice(process);
        assertThat(incidents(process)).singleElement().satisfies(i -> assertThat(i.getIncidentMessage())
                .startsWith("Reserve circuit prefix in NetBox: circuit pool " + POOL + " has no free /64")
                .contains("409"));
        delete("/api/ipam/prefixes/" + lowHalf.id() + "/");
        retry(process);

        finish(process);
        assertNetBoxHoldsTheCircuitOnce(process);
    }

    private ProcessInstance runTo(String step) {
        ProcessInstance process;
        if (step.equals(LIST_FREE_PORTS)) {
            process = start(KEY);
            complete(task(process), withVariables(PRODUCT, "Circuit 400G", ROUTER_A, loc1.toString()));
            complete(task(process), withVariables(ROUTER_B, loc3.toString()));
        } else {
            process = start(KEY, Map.of(PRODUCT, "Circuit 400G",
                    ROUTER_A, loc1.toString(), ROUTER_B, loc3.toString(),
                    A_PORT, fixtures.portId("loc1-core", "1/1/c2/1"), B_PORT, fixtures.portId("loc3-core", "1/1/c2/1")));
        }
        while (!isWaitingAt(process, step)) {
            if (isWaitingAt(process, CONFIRM_CIRCUIT_CONFIG)) {
                complete(task(process), withVariables(CONFIG_APPLIED, true));
            } else {
                execute(job(process));
            }
        }
        return process;
    }

    private void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            if (isWaitingAt(process, CHOOSE_PORTS)) {
                complete(task(process), withVariables(A_PORT, fixtures.portId("loc1-core", "1/1/c2/1"),
                        B_PORT, fixtures.portId("loc3-core", "1/1/c2/1")));
            } else if (isWaitingAt(process, CONFIRM_CIRCUIT_CONFIG)) {
                complete(task(process), withVariables(CONFIG_APPLIED, true));
            } else {
                execute(job(process));
            }
        }
        assertThat(process).isEnded().hasPassed(END_CIRCUIT_ACTIVE);
    }

    private void assertNetBoxHoldsTheCircuitOnce(ProcessInstance process) {
        String id = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey();
        assertThat(subscriptions.get(UUID.fromString(id)).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(netBox.prefixes(PrefixQuery.childrenOf(POOL).describedWith(id)))
                .extracting(p -> p.prefix().substring(p.prefix().indexOf('/')))
                .containsExactlyInAnyOrder("/64", "/127");
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(id))).hasSize(2);
        assertThat(netBox.cables(CableQuery.all())).filteredOn(c -> c.description().contains(id)).singleElement()
                .satisfies(c -> assertThat(c.hasStatus("connected")).isTrue());
    }

    private void failTwice(ProcessInstance process) {
        assertThatThrownBy(() -> execute(job(process)));
        assertThatThrownBy(() -> execute(job(process)));
    }

    private void assertIncident(ProcessInstance process, Fault fault, String answer) {
        assertThat(incidents(process)).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(fault.step());
            assertThat(incident.getIncidentMessage()).startsWith(fault.stepName() + ": " + fault.method())
                    .contains(answer);
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

    private boolean isWaitingAt(ProcessInstance process, String activity) {
        return runtimeService().getActiveActivityIds(process.getId()).contains(activity);
    }

    private List<Incident> incidents(ProcessInstance process) {
        return runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
    }

    /** What an operator does in NetBox's UI to free space; our client has no deletes. */
    private void delete(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(endpoint.baseUrl() + path)).DELETE()
                .header("Authorization", "Token " + endpoint.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }
}
