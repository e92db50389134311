package org.netorch.process.circuit;

import java.time.Clock;
import java.util.UUID;

import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.Interface;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Descriptions;
import org.netorch.subscription.PlannedEndpoint;
import org.netorch.subscription.Product;
import org.netorch.subscription.Side;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.NodeFixture;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolled routers and circuits as create_node and create_circuit would leave them, built through the domain on the
 * demo routers (their NetBox ids, loopbacks and first 400G ports), so each circuit workflow can be tested on its own.
 * NetBox itself is not written.
 */
final class CircuitFixture {

    static final String CUSTOMER = "customer-1";
    static final String PORT = "1/1/c1/1";
    private static final AuditContext SETUP = AuditContext.user("fixture", "test");

    private final SubscriptionService subscriptions;
    private final TransactionTemplate transaction;
    private final NetBoxClient netBox;

    CircuitFixture(SubscriptionService subscriptions, TransactionTemplate transaction, NetBoxClient netBox) {
        this.subscriptions = subscriptions;
        this.transaction = transaction;
        this.netBox = netBox;
    }

    /** A new circuit as create_circuit leaves it: ACTIVE, in sync, connected, under maintenance. */
    UUID activeCircuit(String routerA, String routerB, long cableId) {
        return circuit(routerA, routerB, cableId, SubscriptionStatus.ACTIVE);
    }

    /** A circuit that create_circuit is still provisioning: out of sync, no cable yet. */
    UUID provisioningCircuit(String routerA, String routerB) {
        return circuit(routerA, routerB, 0, SubscriptionStatus.PROVISIONING);
    }

    /** Another process took the circuit, or one failed on it. */
    void takeOutOfSync(UUID subscriptionId) {
        transaction.executeWithoutResult(status -> subscriptions.get(subscriptionId).markOutOfSync(SETUP));
    }

    UUID activeNode(String router) {
        return new NodeFixture(subscriptions, transaction).activeNode(device(router));
    }

    private UUID circuit(String routerA, String routerB, long cableId, SubscriptionStatus upTo) {
        UUID nodeA = activeNode(routerA);
        UUID nodeB = activeNode(routerB);
        Interface portA = port(routerA);
        Interface portB = port(routerB);
        return transaction.execute(status -> {
            Subscription circuit = subscriptions.create(Product.CIRCUIT_400G, CUSTOMER,
                    "Circuit " + routerA + " - " + routerB, SETUP);
            CircuitBlock block = CircuitBlock.planned(
                    new PlannedEndpoint(nodeA, routerA, portA.id(), portA.name()),
                    new PlannedEndpoint(nodeB, routerB, portB.id(), portB.name()));
            block = block.withEndpoint(Side.A, block.endpointA().withAddress("2001:db8:10::/127", null))
                    .withEndpoint(Side.B, block.endpointB().withAddress("2001:db8:10::1/127", null));
            circuit.update(block, SETUP);
            circuit.transitionTo(SubscriptionStatus.PROVISIONING, SETUP, Clock.systemUTC());
            if (upTo == SubscriptionStatus.ACTIVE) {
                circuit.update(block.withCircuitId(cableId).withCircuitStatus("connected"), SETUP);
                circuit.describe(Descriptions.circuitSubscription(cableId, block.circuitDescription()), SETUP);
                circuit.transitionTo(SubscriptionStatus.ACTIVE, SETUP, Clock.systemUTC());
                circuit.markInSync(SETUP);
            }
            return circuit.id();
        });
    }

    /** The NetBox id of a router's interface, as a choice task's select submits it. */
    String portId(String router, String portName) {
        return Long.toString(netBox.interfaces(InterfaceQuery.onDevice(device(router).id()).named(portName)).get(0)
                .id());
    }

    private Device device(String router) {
        return netBox.devices(DeviceQuery.all().withName(router)).get(0);
    }

    private Interface port(String router) {
        return netBox.interfaces(InterfaceQuery.onDevice(device(router).id()).named(PORT)).get(0);
    }
}
