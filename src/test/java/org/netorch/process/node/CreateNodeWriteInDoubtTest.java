package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.CreateNodeProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * create_node's one NetBox write, the device's status {@code active}, landing 25 s after it was sent (NetBox's request
 * limit 26 s). It creates nothing, so nothing is in doubt: the retry sets {@code active} again at once, the late write
 * repeats it, and the device is enrolled once. Part of the late-write matrix ({@code -Plate-writes}).
 */
@EnabledIfSystemProperty(named = "late-writes.all", matches = "true")
@TestPropertySource(properties = {"netbox.request-limit=26s", "netbox.retry-cycle=R2/PT30S"})
class CreateNodeWriteInDoubtTest extends ProcessEngineTest {

    static final Duration LANDS_AFTER = Duration.ofSeconds(25);
    private static final String DEVICE = "/api/dcim/devices/*/";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    SubscriptionRepository subscriptions;

    @Test
    void aLateStatusWriteRepeatsWhatTheRetryWrote() {
        long device = netBox.devices(DeviceQuery.all().withName("loc4-core")).get(0).id();
        ProcessInstance process = start(KEY, Map.of(DEVICE_ID, Long.toString(device)));
        execute(job());
        execute(job());
        complete(task(), withVariables(CONFIG_APPLIED, true));
        assertThat(process).isWaitingAt(UPDATE_NODE_STATUS_IN_NETBOX);
        journal.clear();
        faults.inject(SimulatedFault.delayNext("PATCH", DEVICE, LANDS_AFTER));

        assertThatThrownBy(() -> execute(job())).hasMessageContaining("read timed out");
        execute(job());
        assertThat(process).isEnded().hasPassed(END_NODE_ACTIVE);
        awaitPatches(2);

        assertThat(patches()).extracting(JournalEntry::status).as("the retry's write, then the late one")
                .containsExactly(200, 200);
        assertThat(netBox.device(device).hasStatus("active")).isTrue();
        assertThat(subscriptions.findAll().stream()
                .filter(s -> s.block(NodeBlock.class).map(n -> n.nodeId() == device).orElse(false))
                .filter(s -> s.status() != SubscriptionStatus.TERMINATED)
                .toList()).singleElement().satisfies(s -> {
                    assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
                    assertThat(s.insync()).isTrue();
                });
    }

    private List<JournalEntry> patches() {
        return journal.writes().stream().filter(w -> w.method().equals("PATCH")).toList();
    }

    private void awaitPatches(int count) {
        Instant deadline = Instant.now().plus(LANDS_AFTER).plusSeconds(10);
        while (patches().size() < count && Instant.now().isBefore(deadline)) {
            pause(200);
        }
    }
}
