package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.netorch.subscription.Fixtures.CLOCK;
import static org.netorch.subscription.Fixtures.NOW;
import static org.netorch.subscription.Fixtures.SYSTEM;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubscriptionAbandonedByWorkflowTest {

    private static final String NOTE = "Aborted by operator: wrong router";
    private static final AuditContext OPERATOR = AuditContext.user("operator", "api");

    private final Product nodes = Fixtures.nodeProduct();

    @Test
    void theNodeItsWorkflowWasCreatingIsTerminatedWithTheNoteAndReleasesItsDevice() {
        Subscription node = Fixtures.completeNode(nodes, 7, "loc7-core");

        node.abandonedByWorkflow(true, NOTE, OPERATOR, CLOCK);

        assertThat(node.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(node.note()).isEqualTo(NOTE);
        assertThat(node.endDate()).isEqualTo(NOW);
        assertThat(node.claimedId(NodeBlock.ENROLLED_DEVICE_ID)).isNull();
        assertThat(node.events()).filteredOn(event -> event.field().equals(Subscription.NOTE))
                .extracting(SubscriptionEvent::actor).containsExactly("operator");
    }

    @Test
    void theCircuitItsWorkflowWasProvisioningIsTerminatedAndReleasesBothPorts() {
        Subscription circuit = Fixtures.completeCircuit(Fixtures.circuitProduct(),
                Fixtures.activeNode(nodes, 1, "loc1-core"), 11, Fixtures.activeNode(nodes, 2, "loc2-core"), 21);
        circuit.transitionTo(SubscriptionStatus.PROVISIONING, SYSTEM, CLOCK);

        circuit.abandonedByWorkflow(true, NOTE, OPERATOR, CLOCK);

        assertThat(circuit.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(circuit.note()).isEqualTo(NOTE);
        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.A, CircuitEndpoint.CLAIMED_PORT_ID))).isNull();
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.B, CircuitEndpoint.CLAIMED_PORT_ID))).isNull();
    }

    @Test
    void anExistingSubscriptionIsLeftOutOfSyncForAnOperator() {
        Subscription node = Fixtures.activeNode(nodes, 7, "loc7-core");

        node.abandonedByWorkflow(false, NOTE, OPERATOR, CLOCK);

        assertThat(node.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(node.insync()).isFalse();
        assertThat(node.note()).isNull();
        assertThat(node.claimedId(NodeBlock.ENROLLED_DEVICE_ID)).isEqualTo(7);
    }

    @Test
    void aSubscriptionItsCreateWorkflowAlreadyActivatedIsOnlyLeftOutOfSync() {
        Subscription node = Fixtures.activeNode(nodes, 7, "loc7-core");

        node.abandonedByWorkflow(true, NOTE, OPERATOR, CLOCK);

        assertThat(node.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(node.insync()).isFalse();
    }

    @Test
    void aTerminatedSubscriptionIsLeftUntouched() {
        Subscription node = Fixtures.activeNode(nodes, 7, "loc7-core");
        node.transitionTo(SubscriptionStatus.TERMINATED, SYSTEM, CLOCK);
        int events = node.events().size();

        node.abandonedByWorkflow(true, NOTE, OPERATOR, CLOCK);
        node.abandonedByWorkflow(false, NOTE, OPERATOR, CLOCK);

        assertThat(node.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(node.insync()).isTrue();
        assertThat(node.note()).isNull();
        assertThat(node.events()).hasSize(events);
    }

    @Test
    void anAbortedModifyPutsBackTheModeTheStatusAndTheSyncItChanged() {
        Subscription circuit = activeCircuit();
        AuditContext modify = SYSTEM.withStep("modify-1", "serviceTask_recordMaintenanceMode");
        circuit.lock(modify);
        circuit.transitionTo(SubscriptionStatus.PROVISIONING, modify, CLOCK);
        circuit.update(circuit.block(CircuitBlock.class).orElseThrow().withUnderMaintenance(false), modify);
        circuit.update(circuit.block(CircuitBlock.class).orElseThrow().withUnderMaintenance(true), modify);
        circuit.update(circuit.block(CircuitBlock.class).orElseThrow().withUnderMaintenance(false), modify);
        int before = circuit.events().size();

        circuit.restoreAfterAbort(byProcess(circuit, "modify-1"), NOTE, OPERATOR, CLOCK);

        assertThat(circuit.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(circuit.insync()).isTrue();
        assertThat(circuit.block(CircuitBlock.class).orElseThrow().underMaintenance()).isTrue();
        assertThat(circuit.events().subList(before, circuit.events().size()))
                .extracting(SubscriptionEvent::field, SubscriptionEvent::reason)
                .containsExactly(tuple(CircuitBlock.UNDER_MAINTENANCE, NOTE), tuple(Subscription.STATUS, NOTE),
                        tuple(Subscription.INSYNC, NOTE));
    }

    @Test
    void aWorkflowThatChangedMoreThanCanBePutBackOnlyLeavesTheSubscriptionOutOfSync() {
        Subscription circuit = activeCircuit();
        AuditContext other = SYSTEM.withStep("other-1", "serviceTask_describe");
        circuit.lock(other);
        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        circuit.update(new CircuitBlock(block.circuitId(), block.circuitStatus(), "renamed", block.underMaintenance(),
                block.circuitPrefixId(), block.linkPrefixId(), block.endpointA(), block.endpointB()), other);

        circuit.restoreAfterAbort(byProcess(circuit, "other-1"), NOTE, OPERATOR, CLOCK);

        assertThat(circuit.insync()).isFalse();
        assertThat(circuit.block(CircuitBlock.class).orElseThrow().circuitDescription()).isEqualTo("renamed");
    }

    private Subscription activeCircuit() {
        return Fixtures.activeCircuit(Fixtures.circuitProduct(), Fixtures.activeNode(nodes, 1, "loc1-core"), 11,
                Fixtures.activeNode(nodes, 2, "loc2-core"), 21, 7);
    }

    private static List<SubscriptionEvent> byProcess(Subscription subscription, String processInstanceId) {
        return subscription.events().stream()
                .filter(event -> processInstanceId.equals(event.processInstanceId())).toList();
    }
}
