package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.netorch.process.circuit.ValidateCircuitProcess.*;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.operations.ProcessDetails;
import org.netorch.process.operations.ProcessDetailsReader;
import org.netorch.subscription.CircuitBlock;
import org.netorch.testsupport.FailedRead;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each NetBox read of validate_circuit failing: an incident naming the step's call and NetBox's answer, and after the
 * retry the same outcome as without the failure (in sync, or the one difference recorded once); NetBox is never
 * written.
 */
class ValidateCircuitFaultTest extends ProcessEngineTest {

    /** One read of one step: {@code path} is the pattern the fault matches, {@code call} how the incident names it. */
    record Read(String step, String pathPattern, String call) {
        @Override
        public String toString() {
            return step + " " + pathPattern;
        }
    }

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ProcessDetailsReader details;

    UUID circuit;
    CircuitBlock block;

    @BeforeEach
    void aCircuitBuiltInNetBox() {
        CircuitFixture fixture = new CircuitFixture(subscriptions, transaction, netBox);
        circuit = new CircuitBuilder(fixture).active(fixture.activeNode("loc1-core"), "loc1-core",
                fixture.activeNode("loc2-core"), "loc2-core", "1/1/c1/1");
        block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
    }

    static Stream<Arguments> faults() {
        Stream<Read> reads = Stream.of(
                new Read(COMPARE_CABLE, "/api/dcim/cables/*/", "Compare cable with NetBox: GET /api/dcim/cables/"),
                new Read(COMPARE_CABLE, "/api/dcim/cables/", "Compare cable with NetBox: GET /api/dcim/cables/?"),
                new Read(COMPARE_PREFIXES, "/api/ipam/prefixes/",
                        "Compare prefixes with NetBox: GET /api/ipam/prefixes/?"),
                new Read(COMPARE_ADDRESSES, "/api/ipam/ip-addresses/",
                        "Compare endpoint addresses with NetBox: GET /api/ipam/ip-addresses/?"));
        return reads.flatMap(read -> Stream.of(FailedRead.values()).flatMap(failure -> Stream.of(true, false)
                .map(drift -> Arguments.of(read, failure, drift))));
    }

    @ParameterizedTest(name = "{0} {1}, drift {2}")
    @MethodSource("faults")
    void aFailedReadBecomesAnIncidentAndTheRetryEndsAsWithoutIt(Read read, FailedRead failure, boolean drift) {
        if (drift) {
            netBox.updateCableStatus(block.circuitId(), "planned");
        }
        journal.clear();
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, circuit.toString()));
        while (!runtimeService().getActiveActivityIds(process.getId()).contains(read.step())) {
            execute(job(process));
        }

        String call = read.step().equals(COMPARE_CABLE) && read.pathPattern().endsWith("*/")
                ? read.call() + block.circuitId() + "/" : read.call();
        failure.failStep(process, faults, read.pathPattern(), read.step(), call);
        FailedRead.retry(process, faults);
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }

        assertThat(process).isEnded().hasPassedInOrder(COMPARE_CABLE, COMPARE_PREFIXES, COMPARE_ADDRESSES)
                .hasPassed(drift ? END_DRIFT_FOUND : END_IN_SYNC);
        assertThat(subscriptions.get(circuit).insync()).isEqualTo(!drift);
        if (drift) {
            assertThat(details.read(process.getId()).differences()).singleElement()
                    .extracting(ProcessDetails.Difference::field, ProcessDetails.Difference::found)
                    .containsExactly(CircuitBlock.CIRCUIT_STATUS, "planned");
        } else {
            assertThat(details.read(process.getId()).differences()).isEmpty();
        }
        assertThat(journal.writes()).isEmpty();
    }
}
