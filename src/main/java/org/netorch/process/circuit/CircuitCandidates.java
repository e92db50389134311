package org.netorch.process.circuit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.netorch.netbox.Interface;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.InterfaceSummary;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.Refusal;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * What a circuit may be built from: circuit products, ACTIVE in-sync Node subscriptions, and ports of the product's
 * speed with no cable, not marked connected and claimed by no live circuit. The choice tasks, their completion checks
 * and the API's start check all ask here; each {@code …Refusal} says why a value given for a variable is refused.
 */
@Component
class CircuitCandidates {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;

    CircuitCandidates(NetBoxClient netBox, SubscriptionService subscriptions) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
    }

    List<Product> products() {
        return subscriptions.products(Product.TYPE_CIRCUIT);
    }

    List<Subscription> nodes() {
        return subscriptions.activeInSync(Product.TYPE_NODE);
    }

    List<InterfaceSummary> freePorts(UUID nodeSubscriptionId, String productName) {
        NodeBlock node = node(nodeSubscriptionId);
        Set<Long> claimed = subscriptions.claimedIds(ResourceClaim.INTERFACE);
        return netBox.interfaceSummaries(InterfaceQuery.onDevice(node.nodeId()).withSpeed(speedKbps(productName))
                        .cabled(false).markConnected(false)).stream()
                .filter(port -> !claimed.contains(port.id()))
                .toList();
    }

    Optional<Refusal> productRefusal(Object product) {
        Optional<String> name = CreateCircuitVariables.PRODUCT.parse(product);
        if (name.isEmpty()) {
            return refused("choose a circuit product");
        }
        if (subscriptions.product(name.get()).filter(Product::isCircuit).isEmpty()) {
            return refused("'" + product + "' is not a circuit product; choose one of "
                    + products().stream().map(Product::name).toList());
        }
        return Optional.empty();
    }

    /** {@code router} is the variable the value was given for, {@code router_a} or {@code router_b}. */
    Optional<Refusal> nodeRefusal(ProcessVariable<UUID> router, Object nodeSubscriptionId) {
        Optional<UUID> parsed = router.parse(nodeSubscriptionId);
        if (parsed.isEmpty()) {
            return refused("'" + nodeSubscriptionId + "' is not a Node subscription id");
        }
        UUID id = parsed.get();
        Optional<Subscription> found = subscriptions.find(id);
        if (found.isEmpty() || !found.get().product().isNode()) {
            return refused("there is no Node subscription " + id);
        }
        Subscription node = found.get();
        String name = node.block(NodeBlock.class).map(NodeBlock::nodeName).orElse(id.toString());
        if (node.status() != SubscriptionStatus.ACTIVE) {
            return refused("node " + name + " is " + node.status() + ", not ACTIVE");
        }
        if (!node.insync()) {
            return refused("node " + name + " is not in sync (another workflow works on it)");
        }
        return Optional.empty();
    }

    /**
     * {@code port} is the variable the value was given for, {@code a_port} or {@code b_port};
     * {@code nodeSubscriptionId} and {@code productName} must already have passed their own checks.
     */
    Optional<Refusal> portRefusal(ProcessVariable<Long> port, Object portId, UUID nodeSubscriptionId,
            String productName) {
        if (ProcessVariable.isBlank(portId)) {
            return refused("choose a port");
        }
        Optional<Long> parsed = port.parse(portId);
        if (parsed.isEmpty()) {
            return refused("'" + portId + "' is not a NetBox interface id");
        }
        long id = parsed.get();
        NodeBlock node = node(nodeSubscriptionId);
        Interface found;
        try {
            found = netBox.iface(id);
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return refused("NetBox has no interface " + id);
            }
            throw e;
        }
        String what = "interface " + found.name() + " (" + id + ")";
        if (found.device() == null || found.device().id() != node.nodeId()) {
            return refused(what + " is on " + (found.device() == null ? "no device" : found.device().display())
                    + ", not on " + node.nodeName());
        }
        String speed = speed(productName);
        if (found.speed() == null || found.speed() != CircuitSpeed.kbps(speed)) {
            return refused(what + " on " + node.nodeName() + " is not a " + speed + " port");
        }
        if (found.isCabled()) {
            return refused(what + " on " + node.nodeName() + " already has a cable in NetBox");
        }
        if (found.markConnected()) {
            return refused(what + " on " + node.nodeName() + " is marked connected in NetBox");
        }
        return subscriptions.holderOf(ResourceClaim.INTERFACE, id).map(holder ->
                Refusal.invalid(what + " on " + node.nodeName() + " is already used by circuit " + holder.id()));
    }

    /** A value refused, with the variable it was given for. */
    record RefusedValue(String field, Refusal refusal) {
    }

    /**
     * The rule of a whole choice, as a person makes it: product, A side, B side (another node), then a port of the
     * product's speed on each; the first value refused, if any. Our API's start check and the construct step apply it
     * to what they were given.
     */
    Optional<RefusedValue> choiceRefusal(Object product, Object routerA, Object routerB, Object aPort, Object bPort) {
        Optional<RefusedValue> refused = first(CreateCircuitVariables.PRODUCT, productRefusal(product))
                .or(() -> first(CreateCircuitVariables.ROUTER_A, nodeRefusal(CreateCircuitVariables.ROUTER_A, routerA)))
                .or(() -> first(CreateCircuitVariables.ROUTER_B, nodeRefusal(CreateCircuitVariables.ROUTER_B, routerB)));
        if (refused.isPresent()) {
            return refused;
        }
        String productName = CreateCircuitVariables.PRODUCT.parse(product).orElseThrow();
        UUID a = CreateCircuitVariables.ROUTER_A.parse(routerA).orElseThrow();
        UUID b = CreateCircuitVariables.ROUTER_B.parse(routerB).orElseThrow();
        if (a.equals(b)) {
            return first(CreateCircuitVariables.ROUTER_B,
                    refused("the B side must be another node than the A side"));
        }
        return first(CreateCircuitVariables.A_PORT,
                        portRefusal(CreateCircuitVariables.A_PORT, aPort, a, productName))
                .or(() -> first(CreateCircuitVariables.B_PORT,
                        portRefusal(CreateCircuitVariables.B_PORT, bPort, b, productName)));
    }

    private static Optional<RefusedValue> first(ProcessVariable<?> field, Optional<Refusal> refusal) {
        return refusal.map(reason -> new RefusedValue(field.name(), reason));
    }

    String nodeName(UUID nodeSubscriptionId) {
        return node(nodeSubscriptionId).nodeName();
    }

    private NodeBlock node(UUID nodeSubscriptionId) {
        return subscriptions.find(nodeSubscriptionId).flatMap(s -> s.block(NodeBlock.class)).orElseThrow(() ->
                new IllegalStateException("subscription " + nodeSubscriptionId + " is not a node"));
    }

    private String speed(String productName) {
        return subscriptions.product(productName).flatMap(product -> product.fixedInput(Product.SPEED))
                .orElseThrow(() -> new IllegalStateException("product " + productName + " has no speed"));
    }

    private long speedKbps(String productName) {
        return CircuitSpeed.kbps(speed(productName));
    }

    private static Optional<Refusal> refused(String reason) {
        return Optional.of(Refusal.invalid(reason));
    }
}
