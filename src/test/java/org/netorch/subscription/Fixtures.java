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
        node.update(NodeBlock.of(deviceId, name, "planned")
                .withLoopbacks("10.0.0." + deviceId + "/32", "2001:db8::" + deviceId + "/128"), SYSTEM);
        node.describe(Descriptions.nodeSubscription(name), SYSTEM);
        return node;
    }

    static Subscription activeNode(Product nodeProduct, long deviceId, String name) {
        Subscription node = completeNode(nodeProduct, deviceId, name);
        node.transitionTo(SubscriptionStatus.PROVISIONING, SYSTEM, CLOCK);
        node.update(node.block(NodeBlock.class).orElseThrow().withNodeStatus("active"), SYSTEM);
        node.transitionTo(SubscriptionStatus.ACTIVE, SYSTEM, CLOCK);
        node.markInSync(SYSTEM);
        return node;
    }

    /** A circuit in INITIAL with every field PROVISIONING needs (so no cable id yet). */
    static Subscription completeCircuit(Product circuitProduct, Subscription nodeA, long portA,
                                        Subscription nodeB, long portB) {
        Subscription circuit = newSubscription(circuitProduct);
        String nameA = nodeA.block(NodeBlock.class).orElseThrow().nodeName();
        String nameB = nodeB.block(NodeBlock.class).orElseThrow().nodeName();
        PlannedEndpoint a = new PlannedEndpoint(nodeA.id(), nameA, portA, "1/1/c" + portA + "/1");
        PlannedEndpoint b = new PlannedEndpoint(nodeB.id(), nameB, portB, "1/1/c" + portB + "/1");
        CircuitBlock block = CircuitBlock.planned(a, b);
        circuit.update(block.withEndpoint(Side.A, block.endpointA().withAddress("2001:db8:10::/127", null))
                .withEndpoint(Side.B, block.endpointB().withAddress("2001:db8:10::1/127", null)), SYSTEM);
        return circuit;
    }

    static Subscription activeCircuit(Product circuitProduct, Subscription nodeA, long portA,
                                      Subscription nodeB, long portB, long cableId) {
        Subscription circuit = completeCircuit(circuitProduct, nodeA, portA, nodeB, portB);
        circuit.transitionTo(SubscriptionStatus.PROVISIONING, SYSTEM, CLOCK);
        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        circuit.update(block.withCircuitId(cableId).withCircuitStatus("connected"), SYSTEM);
        circuit.describe(Descriptions.circuitSubscription(cableId, block.circuitDescription()), SYSTEM);
        circuit.transitionTo(SubscriptionStatus.ACTIVE, SYSTEM, CLOCK);
        circuit.markInSync(SYSTEM);
        return circuit;
    }
}
