package org.netorch.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Subscriptions in domain words, at the stage a workflow would have brought them to. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final AuditContext SYSTEM = AuditContext.system();
    static final String CUSTOMER = "b727dd2c-55f3-4d19-8452-a32f15b00123";

    private Fixtures() {
    }

    static Product nodeProduct() {
        return new Product(UUID.randomUUID(), Product.NODE, Product.TYPE_NODE, "Router", "NODE", Map.of());
    }

    static Product circuitProduct() {
        return new Product(UUID.randomUUID(), Product.CIRCUIT_400G, Product.TYPE_CIRCUIT, "400G circuit", "CIRCUIT",
                Map.of(Product.SPEED, "400G"));
    }

    static Subscription newSubscription(Product product) {
        return Subscription.create(product, CUSTOMER, "Initial subscription of " + product.name(), SYSTEM, CLOCK);
    }

    /** A node in INITIAL with every field PROVISIONING needs. */
    static Subscription completeNode(Product nodeProduct, long deviceId, String name) {
        Subscription node = newSubscription(nodeProduct);
        node.attachNode(deviceId, name, "planned", SYSTEM)
                .recordLoopbacks("10.0.0." + deviceId + "/32", "2001:db8::" + deviceId + "/128", SYSTEM);
        node.describe(Descriptions.nodeSubscription(name), SYSTEM);
        return node;
    }

    static Subscription activeNode(Product nodeProduct, long deviceId, String name) {
        Subscription node = completeNode(nodeProduct, deviceId, name);
        node.transitionTo(SubscriptionStatus.PROVISIONING, SYSTEM, CLOCK);
        node.node().orElseThrow().recordStatus("active", SYSTEM);
        node.transitionTo(SubscriptionStatus.ACTIVE, SYSTEM, CLOCK);
        node.markInSync(SYSTEM);
        return node;
    }

    /** A circuit in INITIAL with every field PROVISIONING needs (so no cable id yet). */
    static Subscription completeCircuit(Product circuitProduct, Subscription nodeA, long portA,
                                        Subscription nodeB, long portB) {
        Subscription circuit = newSubscription(circuitProduct);
        CircuitBlock block = circuit.attachCircuit(SYSTEM);
        String nameA = nodeA.node().orElseThrow().nodeName();
        String nameB = nodeB.node().orElseThrow().nodeName();
        block.endpointA().claimPort(portA, "1/1/c" + portA + "/1", SYSTEM);
        block.endpointB().claimPort(portB, "1/1/c" + portB + "/1", SYSTEM);
        block.endpointA().connectTo(nodeA.id(), SYSTEM);
        block.endpointB().connectTo(nodeB.id(), SYSTEM);
        block.endpointA().describePort(Descriptions.port(nameB, block.endpointB().portName()), SYSTEM);
        block.endpointB().describePort(Descriptions.port(nameA, block.endpointA().portName()), SYSTEM);
        block.endpointA().recordAddress("2001:db8:10::/127", SYSTEM);
        block.endpointB().recordAddress("2001:db8:10::1/127", SYSTEM);
        block.recordCircuitStatus("planned", SYSTEM);
        block.setUnderMaintenance(true, SYSTEM);
        block.describe(Descriptions.circuitBlock(nameA, block.endpointA().portName(),
                nameB, block.endpointB().portName()), SYSTEM);
        return circuit;
    }

    static Subscription activeCircuit(Product circuitProduct, Subscription nodeA, long portA,
                                      Subscription nodeB, long portB, long cableId) {
        Subscription circuit = completeCircuit(circuitProduct, nodeA, portA, nodeB, portB);
        circuit.transitionTo(SubscriptionStatus.PROVISIONING, SYSTEM, CLOCK);
        CircuitBlock block = circuit.circuit().orElseThrow();
        block.recordCable(cableId, SYSTEM);
        circuit.describe(Descriptions.circuitSubscription(cableId, block.circuitDescription()), SYSTEM);
        block.recordCircuitStatus("connected", SYSTEM);
        circuit.transitionTo(SubscriptionStatus.ACTIVE, SYSTEM, CLOCK);
        circuit.markInSync(SYSTEM);
        return circuit;
    }
}
