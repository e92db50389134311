package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.CreateCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionEvent;
import org.netorch.subscription.SubscriptionEventRepository;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.AntPathMatcher;

/**
 * A NetBox write that lands after our client gave up on it and after the retry looked, found nothing and wrote again
 * (DESIGN §9 "Exactly once"): here NetBox applies it later than its request limit allowed (7.5 s after it was sent,
 * the limit 1 s + 5 s), so the retry did not wait for it. Whichever create_circuit step it was, the circuit ends
 * ACTIVE with one object per purpose in NetBox, the one it records, and the audit trail names what was deleted. A
 * write landing within the limit: {@link CreateCircuitWriteInDoubtTest}.
 */
class CreateCircuitLateWriteTest extends ProcessEngineTest {

    private static final String POOL = "2001:db8:10::/44";
    private static final String PORT = "1/1/c2/1";
    private static final String AVAILABLE_PREFIXES = "/api/ipam/prefixes/*/available-prefixes/";
    private static final String AVAILABLE_IPS = "/api/ipam/prefixes/*/available-ips/";
    private static final String CABLES = "/api/dcim/cables/";

    /**
     * The late write: what NetBox does with it once it lands, and, when it duplicates, the step that finds and
     * deletes the duplicate.
     */
    record LateWrite(String step, String path, int landsWith, String deletedBy) {
        @Override
        public String toString() {
            return step + " lands " + landsWith;
        }
    }

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SubscriptionEventRepository events;

    CircuitFixture fixture;
    CircuitInNetBoxChecks checks;
    UUID loc1;
    UUID loc3;

    @BeforeEach
    void twoActiveNodes() {
        fixture = new CircuitFixture(subscriptions, transaction, netBox);
        checks = new CircuitInNetBoxChecks(netBox, subscriptions, events);
        loc1 = fixture.activeNode("loc1-core");
        loc3 = fixture.activeNode("loc3-core");
    }

    static Stream<LateWrite> lateWrites() {
        return Stream.of(
                new LateWrite(RESERVE_CIRCUIT_PREFIX, AVAILABLE_PREFIXES, 201, RESERVE_LINK_PREFIX),
                new LateWrite(RESERVE_LINK_PREFIX, AVAILABLE_PREFIXES, 201, ASSIGN_ENDPOINT_ADDRESS_A),
                new LateWrite(ASSIGN_ENDPOINT_ADDRESS_A, AVAILABLE_IPS, 201, ASSIGN_ENDPOINT_ADDRESS_B),
                // the retry took the /127's last address, and an interface takes one cable: NetBox refuses them
                new LateWrite(ASSIGN_ENDPOINT_ADDRESS_B, AVAILABLE_IPS, 409, null),
                new LateWrite(CREATE_CABLE_IN_NETBOX, CABLES, 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateWrites")
    void aWriteLandingAfterTheRetryLeavesOneObjectPerPurpose(LateWrite late) {
        ProcessInstance process = new CircuitBuilder(fixture).upTo(loc1, "loc1-core", loc3, "loc3-core", PORT,
                late.step());
        UUID circuit = CircuitBuilder.subscriptionOf(process);
        journal.clear();
        faults.inject(SimulatedFault.delayNext("POST", late.path(), LATER_THAN_READ_TIMEOUT_AND_RETRY));

        assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("read timed out");
        execute(job(process));
        assertThat(process).as("the retry wrote again and the workflow went on").isNotWaitingAt(late.step());
        List<String> afterTheRetry = checks.markedObjects(circuit);
        assertThat(awaitBothWrites(late.path())).extracting(JournalEntry::status).as("retry, then the late write")
                .containsExactly(201, late.landsWith());
        assertThat(checks.markedObjects(circuit)).as("the late write landed after the retry's look-up")
                .hasSize(afterTheRetry.size() + (late.deletedBy() == null ? 0 : 1));
        CircuitInNetBoxChecks.finish(process);

        checks.assertOneObjectPerPurposeAsRecorded(circuit);
        List<SubscriptionEvent> removed = checks.duplicatesRemoved(circuit);
        if (late.deletedBy() == null) {
            assertThat(removed).isEmpty();
        } else {
            assertThat(removed).singleElement().satisfies(event -> {
                assertThat(event.activityId()).isEqualTo(late.deletedBy());
                assertThat(event.newValue()).startsWith("deleted, kept ");
                assertThat(event.via()).isEqualTo("job");
            });
            assertThat(journal.writes()).filteredOn(w -> w.method().equals("DELETE")).singleElement()
                    .satisfies(w -> assertThat(removed.get(0).oldValue()).contains("(NetBox id "
                            + w.path().replaceAll("\\D", "") + ")"));
        }
    }

    @Test
    void duplicatesLandingWhileTheOperatorConfiguresAreRemovedBeforeTheCircuitIsActive() {
        ProcessInstance process = new CircuitBuilder(fixture).upTo(loc1, "loc1-core", loc3, "loc3-core", PORT,
                CONFIRM_CIRCUIT_CONFIG);
        UUID circuit = CircuitBuilder.subscriptionOf(process);
        CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        // what the lost first tries of the three allocations leave once they land, each found by no check so far
        Prefix pool = netBox.prefixes(PrefixQuery.exactly(POOL)).get(0);
        Prefix lateCircuit = netBox.allocatePrefix(pool.id(), 64, SubscriptionMarker.describe("late /64", circuit),
                true);
        Prefix lateLink = netBox.allocatePrefix(block.circuitPrefixId(), 127,
                SubscriptionMarker.describe("late /127", circuit), false);
        IpAddress lateA = netBox.allocateIp(lateLink.id(), SubscriptionMarker.describe("late A", circuit),
                block.endpointA().portId(), "active");
        assertThat(checks.markedObjects(circuit)).hasSize(8);

        complete(task(process), withVariables(CONFIG_APPLIED, true));
        CircuitInNetBoxChecks.finish(process);

        checks.assertOneObjectPerPurposeAsRecorded(circuit);
        assertThat(checks.duplicatesRemoved(circuit))
                .extracting(SubscriptionEvent::activityId, SubscriptionEvent::oldValue)
                .containsExactlyInAnyOrder(
                        tuple(REMOVE_DUPLICATES_FROM_NETBOX, "circuit prefix " + lateCircuit.prefix() + " (NetBox id "
                                + lateCircuit.id() + ")"),
                        tuple(REMOVE_DUPLICATES_FROM_NETBOX, "link prefix " + lateLink.prefix() + " (NetBox id "
                                + lateLink.id() + ")"),
                        tuple(REMOVE_DUPLICATES_FROM_NETBOX, "A-side address " + lateA.address() + " (NetBox id "
                                + lateA.id() + ")"));
    }

    @Test
    void ofTwoEarlierTriesThatBothLandedTheStepKeepsTheLowerId() {
        ProcessInstance process = new CircuitBuilder(fixture).upTo(loc1, "loc1-core", loc3, "loc3-core", PORT,
                RESERVE_LINK_PREFIX);
        UUID circuit = CircuitBuilder.subscriptionOf(process);
        long circuitPrefix = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow().circuitPrefixId();
        Prefix first = netBox.allocatePrefix(circuitPrefix, 127, SubscriptionMarker.describe("try 1", circuit), false);
        Prefix second = netBox.allocatePrefix(circuitPrefix, 127, SubscriptionMarker.describe("try 2", circuit), false);

        execute(job(process));

        assertThat(subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow().linkPrefixId()).isEqualTo(first.id());
        assertThat(checks.duplicatesRemoved(circuit)).singleElement().satisfies(event -> {
            assertThat(event.activityId()).isEqualTo(RESERVE_LINK_PREFIX);
            assertThat(event.oldValue()).isEqualTo("link prefix " + second.prefix() + " (NetBox id " + second.id()
                    + ")");
            assertThat(event.newValue()).isEqualTo("deleted, kept " + first.prefix() + " (NetBox id " + first.id()
                    + ")");
        });
        CircuitInNetBoxChecks.finish(process);
        checks.assertOneObjectPerPurposeAsRecorded(circuit);
    }

    /** The POSTs of both tries, as the simulator answered them; the late one is journalled once it has landed. */
    private List<JournalEntry> awaitBothWrites(String pathPattern) {
        AntPathMatcher paths = new AntPathMatcher();
        Instant deadline = Instant.now().plus(LATER_THAN_READ_TIMEOUT_AND_RETRY).plusSeconds(10);
        while (true) {
            List<JournalEntry> posts = journal.writes().stream()
                    .filter(w -> w.method().equals("POST") && paths.match(pathPattern, w.path())).toList();
            if (posts.size() >= 2 || Instant.now().isAfter(deadline)) {
                return posts;
            }
            pause(100);
        }
    }
}
