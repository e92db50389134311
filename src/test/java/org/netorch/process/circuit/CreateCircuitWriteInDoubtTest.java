package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.CreateCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.Prefix;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionEventRepository;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.AntPathMatcher;

/**
 * A NetBox write that lands 25 s after it was sent, long after our client gave up on it (read timeout 3 s), as a real
 * NetBox may until its own request limit (gunicorn's worker timeout; here {@code netbox.request-limit} 26 s). The
 * write is in doubt until that limit and a 5 s margin have passed: the step's retry looks up only then, finds it and
 * keeps it, so NetBox gets no second write and the circuit ends with exactly one object per purpose. The duplicate
 * sweep before ACTIVE likewise waits out every write still in doubt.
 *
 * <p>Each case waits about 30 s, so CI runs the first allocating step and the sweep; {@code mvn test
 * -Plate-writes -Dtest=CreateCircuitWriteInDoubtTest} runs every allocating step (README, "Tests").
 */
@TestPropertySource(properties = {"netbox.request-limit=26s", "netbox.retry-cycle=R2/PT30S"})
class CreateCircuitWriteInDoubtTest extends ProcessEngineTest {

    static final Duration LANDS_AFTER = Duration.ofSeconds(25);
    private static final String PORT = "1/1/c2/1";
    private static final String AVAILABLE_PREFIXES = "/api/ipam/prefixes/*/available-prefixes/";
    private static final String AVAILABLE_IPS = "/api/ipam/prefixes/*/available-ips/";
    private static final String CABLES = "/api/dcim/cables/";

    /** The step whose creating write lands late, and the NetBox path it posts to. */
    record LateWrite(String step, String path) {
        @Override
        public String toString() {
            return step;
        }
    }

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SubscriptionEventRepository events;
    @Autowired
    JdbcTemplate jdbc;

    CircuitFixture fixture;
    CircuitInNetBoxChecks checks;
    UUID loc1;
    UUID loc3;
    ScheduledExecutorService lateNetBox = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void twoActiveNodes() {
        fixture = new CircuitFixture(subscriptions, transaction, netBox);
        checks = new CircuitInNetBoxChecks(netBox, subscriptions, events);
        loc1 = fixture.activeNode("loc1-core");
        loc3 = fixture.activeNode("loc3-core");
    }

    @AfterEach
    void stopLateWrites() {
        lateNetBox.shutdownNow();
    }

    static Stream<LateWrite> lateWrites() {
        Stream<LateWrite> first = Stream.of(new LateWrite(RESERVE_CIRCUIT_PREFIX, AVAILABLE_PREFIXES));
        if (!Boolean.getBoolean("late-writes.all")) {
            return first;
        }
        return Stream.concat(first, Stream.of(
                new LateWrite(RESERVE_LINK_PREFIX, AVAILABLE_PREFIXES),
                new LateWrite(ASSIGN_ENDPOINT_ADDRESS_A, AVAILABLE_IPS),
                new LateWrite(ASSIGN_ENDPOINT_ADDRESS_B, AVAILABLE_IPS),
                new LateWrite(CREATE_CABLE_IN_NETBOX, CABLES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateWrites")
    void theRetryWaitsForAWriteInDoubtAndKeepsWhatLands(LateWrite late) {
        ProcessInstance process = new CircuitBuilder(fixture).upTo(loc1, "loc1-core", loc3, "loc3-core", PORT,
                late.step());
        UUID circuit = CircuitBuilder.subscriptionOf(process);
        journal.clear();
        faults.inject(SimulatedFault.delayNext("POST", late.path(), LANDS_AFTER));

        assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("read timed out");
        execute(job(process));

        assertThat(process).as("the retry went on with what landed").isNotWaitingAt(late.step());
        assertThat(posts(late.path())).extracting(JournalEntry::status).as("the late write, and no second one")
                .containsExactly(201);
        CircuitInNetBoxChecks.finish(process);
        checks.assertOneObjectPerPurposeAsRecorded(circuit);
        assertThat(checks.duplicatesRemoved(circuit)).as("nothing to remove").isEmpty();
    }

    @Test
    void theSweepWaitsOutAWriteStillInDoubtBeforeTheCircuitIsActive() {
        ProcessInstance process = new CircuitBuilder(fixture).upTo(loc1, "loc1-core", loc3, "loc3-core", PORT,
                CONFIRM_CIRCUIT_CONFIG);
        UUID circuit = CircuitBuilder.subscriptionOf(process);
        CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        // a node killed while its /127 allocation was on the way leaves the write recorded and unanswered
        jdbc.update("insert into netbox_write_in_doubt (subscription_id, activity_id, sent_at) "
                + "values (?, ?, localtimestamp)", circuit, RESERVE_LINK_PREFIX);
        CompletableFuture<Prefix> lateLink = new CompletableFuture<>();
        lateNetBox.schedule(() -> lateLink.complete(netBox.allocatePrefix(block.circuitPrefixId(), 127,
                SubscriptionMarker.describe("late /127", circuit), false)), 20, TimeUnit.SECONDS);

        complete(task(process), withVariables(CONFIG_APPLIED, true));
        CircuitInNetBoxChecks.finish(process);

        assertThat(lateLink).as("the late write landed before the circuit was ACTIVE").isDone();
        checks.assertOneObjectPerPurposeAsRecorded(circuit);
        assertThat(checks.duplicatesRemoved(circuit)).singleElement().satisfies(event -> {
            assertThat(event.activityId()).isEqualTo(REMOVE_DUPLICATES_FROM_NETBOX);
            assertThat(event.oldValue()).contains("(NetBox id " + lateLink.join().id() + ")");
        });
    }

    private List<JournalEntry> posts(String pathPattern) {
        AntPathMatcher paths = new AntPathMatcher();
        return journal.writes().stream()
                .filter(w -> w.method().equals("POST") && paths.match(pathPattern, w.path())).toList();
    }
}
