package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.netorch.subscription.Fixtures.CLOCK;
import static org.netorch.subscription.Fixtures.NOW;
import static org.netorch.subscription.Fixtures.SYSTEM;
import static org.netorch.subscription.SubscriptionStatus.ACTIVE;
import static org.netorch.subscription.SubscriptionStatus.PROVISIONING;
import static org.netorch.subscription.SubscriptionStatus.TERMINATED;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Clock LATER = Clock.offset(CLOCK, Duration.ofDays(30));

    @Test
    void aNewSubscriptionStartsInitialAndOutOfSync() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());

        assertThat(node.status()).isEqualTo(SubscriptionStatus.INITIAL);
        assertThat(node.insync()).isFalse();
        assertThat(node.createdAt()).isEqualTo(NOW);
        assertThat(node.startDate()).isNull();
        assertThat(node.endDate()).isNull();
        assertThat(node.version()).isZero();
        assertThat(node.events()).extracting(SubscriptionEvent::field, SubscriptionEvent::newValue)
                .containsExactly(tuple(Subscription.CREATED, Product.NODE));
    }

    @Test
    void aSubscriptionNeedsACustomerAndADescription() {
        Product product = Fixtures.nodeProduct();
        assertThatThrownBy(() -> Subscription.create(product, " ", "Node x", SYSTEM, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Subscription.create(product, Fixtures.CUSTOMER, "", SYSTEM, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachDifferenceAValidationFindsIsAnEventOfItsOwnEvenWhenFoundBefore() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");
        Drift offline = new Drift(NodeBlock.NODE_STATUS, "active", "offline");

        node.recordDrift(offline, SYSTEM);
        node.recordDrift(offline, SYSTEM);

        assertThat(node.events()).filteredOn(event -> event.field().startsWith(Subscription.DRIFT_PREFIX))
                .extracting(SubscriptionEvent::field, SubscriptionEvent::oldValue, SubscriptionEvent::newValue)
                .containsExactly(tuple("drift.node.node_status", "active", "offline"),
                        tuple("drift.node.node_status", "active", "offline"));
        assertThat(node.status()).isEqualTo(ACTIVE);
    }

    @Test
    void theStartDateIsTheFirstActivationAndSurvivesAModify() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");

        node.transitionTo(PROVISIONING, SYSTEM, LATER);
        node.transitionTo(ACTIVE, SYSTEM, LATER);

        assertThat(node.startDate()).isEqualTo(NOW);
        assertThat(node.events()).filteredOn(event -> event.field().equals(Subscription.START_DATE)).hasSize(1);
    }

    @Test
    void terminationSetsTheEndDate() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");

        node.transitionTo(TERMINATED, SYSTEM, LATER);

        assertThat(node.endDate()).isEqualTo(LATER.instant());
        assertThat(node.startDate()).isEqualTo(NOW);
    }

    @Test
    void terminationFreesTheDeviceButRemembersWhichItWas() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");
        assertThat(node.claimedId(NodeBlock.ENROLLED_DEVICE_ID)).isEqualTo(7);

        node.transitionTo(TERMINATED, SYSTEM, CLOCK);

        NodeBlock block = node.block(NodeBlock.class).orElseThrow();
        assertThat(node.claimedId(NodeBlock.ENROLLED_DEVICE_ID)).isNull();
        assertThat(block.nodeId()).isEqualTo(7);
        assertThat(node.events()).extracting(SubscriptionEvent::field, SubscriptionEvent::oldValue,
                SubscriptionEvent::newValue).contains(tuple(NodeBlock.ENROLLED_DEVICE_ID, "7", null));
    }

    @Test
    void terminationFreesBothPortsButRemembersWhichTheyWere() {
        Product nodes = Fixtures.nodeProduct();
        Subscription a = Fixtures.activeNode(nodes, 1, "loc1-core");
        Subscription b = Fixtures.activeNode(nodes, 2, "loc2-core");
        Subscription circuit = Fixtures.activeCircuit(Fixtures.circuitProduct(), a, 11, b, 21, 500);
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.B, CircuitEndpoint.CLAIMED_PORT_ID))).isEqualTo(21);

        circuit.transitionTo(TERMINATED, SYSTEM, CLOCK);

        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.A, CircuitEndpoint.CLAIMED_PORT_ID))).isNull();
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.B, CircuitEndpoint.CLAIMED_PORT_ID))).isNull();
        assertThat(block.endpointA().portId()).isEqualTo(11);
        assertThat(block.endpointB().portId()).isEqualTo(21);
        assertThat(circuit.events()).extracting(SubscriptionEvent::field, SubscriptionEvent::oldValue)
                .contains(tuple("circuit.endpoint_a.claimed_port_id", "11"),
                        tuple("circuit.endpoint_b.claimed_port_id", "21"));
    }

    @Test
    void aTerminatedSubscriptionKeepsItsBlocksAsTheyWere() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");
        node.transitionTo(TERMINATED, SYSTEM, CLOCK);

        assertThatThrownBy(() -> node.update(node.block(NodeBlock.class).orElseThrow().withNodeStatus("offline"), SYSTEM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TERMINATED");
        assertThatThrownBy(() -> node.update(NodeBlock.of(7, "loc1-core", "planned"), SYSTEM))
                .isInstanceOf(IllegalStateException.class);
        assertThat(node.claimedId(NodeBlock.ENROLLED_DEVICE_ID)).isNull();
    }

    @Test
    void insyncChangesAreRecordedOnlyWhenTheyChangeSomething() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());

        node.markInSync(SYSTEM);
        node.markInSync(SYSTEM);
        node.markOutOfSync(SYSTEM);

        assertThat(node.insync()).isFalse();
        assertThat(insyncEvents(node)).extracting(SubscriptionEvent::oldValue, SubscriptionEvent::newValue)
                .containsExactly(tuple("false", "true"), tuple("true", "false"));
    }

    @Test
    void onlyAnInSyncSubscriptionCanBeLocked() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");

        node.lock(SYSTEM);

        assertThat(node.insync()).isFalse();
        assertThatThrownBy(() -> node.lock(SYSTEM))
                .isInstanceOf(SubscriptionOutOfSyncException.class)
                .hasMessageContaining(node.id() + " is out of sync");
        assertThat(insyncEvents(node)).extracting(SubscriptionEvent::newValue).containsExactly("true", "false");
    }

    @Test
    void aCircuitCannotJoinANodeToItself() {
        Subscription node = Fixtures.activeNode(Fixtures.nodeProduct(), 7, "loc1-core");
        Subscription circuit = Fixtures.newSubscription(Fixtures.circuitProduct());
        PlannedEndpoint a = new PlannedEndpoint(node.id(), "loc1-core", 11, "1/1/c11/1");
        PlannedEndpoint b = new PlannedEndpoint(node.id(), "loc1-core", 12, "1/1/c12/1");

        assertThatThrownBy(() -> circuit.update(CircuitBlock.planned(a, b), SYSTEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both ends");
        assertThat(circuit.block(CircuitBlock.class)).isEmpty();
    }

    @Test
    void eachChangedFieldIsOneEventWithOldAndNewValue() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());
        node.update(NodeBlock.of(7, "loc1-core", "planned"), SYSTEM);
        int before = node.events().size();

        node.update(node.block(NodeBlock.class).orElseThrow().withLoopbacks("10.0.0.7/32", null), SYSTEM);
        node.update(node.block(NodeBlock.class).orElseThrow().withNodeStatus("planned"), SYSTEM);
        node.describe("Node loc1-core", SYSTEM);
        node.annotate("enrolled by hand", SYSTEM);
        node.annotate("enrolled by hand", SYSTEM);

        assertThat(node.events().subList(before, node.events().size()))
                .extracting(SubscriptionEvent::field, SubscriptionEvent::oldValue, SubscriptionEvent::newValue)
                .containsExactly(
                        tuple("node.ipv4_loopback", null, "10.0.0.7/32"),
                        tuple("description", "Initial subscription of Node", "Node loc1-core"),
                        tuple("note", null, "enrolled by hand"));
        assertThat(node.note()).isEqualTo("enrolled by hand");
        assertThat(node.description()).isEqualTo("Node loc1-core");
    }

    @Test
    void attachingANodeRecordsItsIdentityAndClaimsTheDevice() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());

        node.update(NodeBlock.of(7, "loc1-core", "planned"), SYSTEM);

        assertThat(node.events()).extracting(SubscriptionEvent::field, SubscriptionEvent::newValue)
                .contains(tuple("node.node_id", "7"), tuple("node.enrolled_device_id", "7"),
                        tuple("node.node_name", "loc1-core"), tuple("node.node_status", "planned"));
    }

    @Test
    void eventsCarryWhoChangedWhatInWhichStep() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());
        AuditContext step = AuditContext.user("alice", "job").withStep("proc-42", "serviceTask_setStatusActive");

        node.markInSync(step);

        SubscriptionEvent event = insyncEvents(node).get(0);
        assertThat(event.actor()).isEqualTo("alice");
        assertThat(event.via()).isEqualTo("job");
        assertThat(event.processInstanceId()).isEqualTo("proc-42");
        assertThat(event.activityId()).isEqualTo("serviceTask_setStatusActive");
        assertThat(event.subscriptionId()).isEqualTo(node.id());
        assertThat(event.occurredAt()).isNotNull();
    }

    @Test
    void circuitFieldsAreNamedBySide() {
        Subscription circuit = Fixtures.newSubscription(Fixtures.circuitProduct());
        CircuitEndpoint none = new CircuitEndpoint(null, null, null, null, null, null);
        CircuitBlock block = new CircuitBlock(null, null, null, null, null, null, none,
                new CircuitEndpoint(21L, "1/1/c21/1", null, null, null, null));

        circuit.update(block, SYSTEM);
        circuit.update(block.withUnderMaintenance(false), SYSTEM);
        circuit.update(block.withUnderMaintenance(false), SYSTEM);

        assertThat(circuit.events()).extracting(SubscriptionEvent::field, SubscriptionEvent::newValue)
                .contains(tuple("circuit.endpoint_b.port_id", "21"), tuple("circuit.endpoint_b.claimed_port_id", "21"),
                        tuple("circuit.endpoint_b.port_name", "1/1/c21/1"), tuple("circuit.under_maintenance", "false"))
                .filteredOn(tuple -> tuple.toList().get(0).equals(CircuitBlock.UNDER_MAINTENANCE)).hasSize(1);
        assertThat(circuit.block(CircuitBlock.class).orElseThrow().endpointA().portId()).isNull();
    }

    @Test
    void aNodeHasNoCircuitBlockAndACircuitNoNodeBlock() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());
        Subscription circuit = Fixtures.newSubscription(Fixtures.circuitProduct());

        CircuitBlock circuitBlock = CircuitBlock.planned(
                new PlannedEndpoint(UUID.randomUUID(), "loc1-core", 11, "1/1/c11/1"),
                new PlannedEndpoint(UUID.randomUUID(), "loc2-core", 21, "1/1/c21/1"));
        assertThatThrownBy(() -> node.update(circuitBlock, SYSTEM)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> circuit.update(NodeBlock.of(7, "loc1-core", "planned"), SYSTEM))
                .isInstanceOf(IllegalStateException.class);
        assertThat(node.block(CircuitBlock.class)).isEmpty();
        assertThat(circuit.block(NodeBlock.class)).isEmpty();
    }

    @Test
    void theCircuitProductsCarryTheirSpeed() {
        assertThat(Fixtures.circuitProduct().fixedInput(Product.SPEED)).contains("400G");
        assertThat(Fixtures.nodeProduct().fixedInput(Product.SPEED)).isEmpty();
    }

    @Test
    void descriptionsNameTheFarEndOnAPort() {
        assertThat(Descriptions.nodeSubscription("loc1-core")).isEqualTo("Node loc1-core");
        assertThat(Descriptions.circuitBlock("loc1-core", "1/1/c1/1", "loc2-core", "1/1/c2/1"))
                .isEqualTo("loc1-core:1/1/c1/1 <--> loc2-core:1/1/c2/1");
        assertThat(Descriptions.circuitSubscription(500, "a <--> b")).isEqualTo("Circuit ID 500: a <--> b");
        assertThat(Descriptions.port("loc2-core", "1/1/c2/1")).isEqualTo("Circuit Connection to loc2-core port 1/1/c2/1");
    }

    private static List<SubscriptionEvent> insyncEvents(Subscription subscription) {
        return subscription.events().stream().filter(event -> event.field().equals(Subscription.INSYNC)).toList();
    }
}
