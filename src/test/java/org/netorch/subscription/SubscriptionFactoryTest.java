package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.subscription.Fixtures.CLOCK;
import static org.netorch.subscription.Fixtures.CUSTOMER;
import static org.netorch.subscription.Fixtures.SYSTEM;

import org.junit.jupiter.api.Test;

class SubscriptionFactoryTest {

    private final Product nodes = Fixtures.nodeProduct();
    private final Subscription loc1 = Fixtures.activeNode(nodes, 1, "loc1-core");
    private final Subscription loc2 = Fixtures.activeNode(nodes, 2, "loc2-core");

    @Test
    void aNewCircuitIsPlannedUnderMaintenanceAndClaimsBothPorts() {
        Subscription circuit = newCircuit();

        assertThat(circuit.status()).isEqualTo(SubscriptionStatus.INITIAL);
        assertThat(circuit.insync()).isFalse();
        assertThat(circuit.customerId()).isEqualTo(CUSTOMER);
        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        assertThat(block.circuitStatus()).isEqualTo(CircuitBlock.PLANNED);
        assertThat(block.underMaintenance()).isTrue();
        assertThat(block.circuitId()).isNull();
        assertThat(block.endpointA().portId()).isEqualTo(11);
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.A, CircuitEndpoint.CLAIMED_PORT_ID))).isEqualTo(11);
        assertThat(block.endpointA().nodeSubscriptionId()).isEqualTo(loc1.id());
        assertThat(block.endpointB().portId()).isEqualTo(21);
        assertThat(circuit.claimedId(CircuitEndpoint.field(Side.B, CircuitEndpoint.CLAIMED_PORT_ID))).isEqualTo(21);
        assertThat(block.endpointB().nodeSubscriptionId()).isEqualTo(loc2.id());
    }

    @Test
    void aNewCircuitIsDescribedByBothEndsAndEachPortByItsFarEnd() {
        Subscription circuit = newCircuit();

        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        assertThat(circuit.description()).isEqualTo("loc1-core:1/1/c1/1 <--> loc2-core:1/1/c2/1");
        assertThat(block.circuitDescription()).isEqualTo("loc1-core:1/1/c1/1 <--> loc2-core:1/1/c2/1");
        assertThat(block.endpointA().portName()).isEqualTo("1/1/c1/1");
        assertThat(block.endpointA().portDescription()).isEqualTo("Circuit Connection to loc2-core port 1/1/c2/1");
        assertThat(block.endpointB().portDescription()).isEqualTo("Circuit Connection to loc1-core port 1/1/c1/1");
    }

    @Test
    void aNewCircuitLacksOnlyItsAddressesBeforeProvisioning() {
        assertThat(Lifecycle.missingField(newCircuit(), SubscriptionStatus.PROVISIONING))
                .contains("circuit.endpoint_a.v6_ip_address");
    }

    @Test
    void aCircuitCannotBePlannedWithBothEndsOnOneNode() {
        PlannedEndpoint a = new PlannedEndpoint(loc1.id(), "loc1-core", 11, "1/1/c1/1");
        PlannedEndpoint b = new PlannedEndpoint(loc1.id(), "loc1-core", 12, "1/1/c2/1");

        assertThatThrownBy(() -> CircuitProduct.newSubscription(Fixtures.circuitProduct(), CUSTOMER, a, b, SYSTEM, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both ends");
    }

    @Test
    void aNewNodeHoldsItsDeviceAndIsNamedAfterIt() {
        Subscription node = NodeProduct.newSubscription(nodes, CUSTOMER, 7, "loc7-core", "planned", SYSTEM, CLOCK);

        assertThat(node.status()).isEqualTo(SubscriptionStatus.INITIAL);
        assertThat(node.description()).isEqualTo("Node loc7-core");
        NodeBlock block = node.block(NodeBlock.class).orElseThrow();
        assertThat(block.nodeId()).isEqualTo(7);
        assertThat(node.claimedId(NodeBlock.ENROLLED_DEVICE_ID)).isEqualTo(7);
        assertThat(block.nodeName()).isEqualTo("loc7-core");
        assertThat(block.nodeStatus()).isEqualTo("planned");
    }

    @Test
    void aNodeFactoryRefusesACircuitProduct() {
        assertThatThrownBy(() -> NodeProduct.newSubscription(Fixtures.circuitProduct(), CUSTOMER, 7, "loc7-core", "planned",
                SYSTEM, CLOCK)).isInstanceOf(IllegalStateException.class);
    }

    private Subscription newCircuit() {
        return CircuitProduct.newSubscription(Fixtures.circuitProduct(), CUSTOMER,
                new PlannedEndpoint(loc1.id(), "loc1-core", 11, "1/1/c1/1"),
                new PlannedEndpoint(loc2.id(), "loc2-core", 21, "1/1/c2/1"), SYSTEM, CLOCK);
    }
}
