package org.netorch.process.circuit;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.netorch.netbox.Interface;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.ProductRepository;
import org.netorch.subscription.Side;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * What a circuit may be built from: circuit products, ACTIVE in-sync Node subscriptions, and ports of the product's
 * speed with no cable, not marked connected and claimed by no live circuit. The choice tasks, their completion checks
 * and the API's start check all ask here; each {@code …Refusal} returns why a value is refused, or null.
 */
@Component
class CircuitCandidates {

    private static final Set<SubscriptionStatus> LIVE = EnumSet.of(SubscriptionStatus.INITIAL,
            SubscriptionStatus.PROVISIONING, SubscriptionStatus.ACTIVE);

    private final NetBoxClient netBox;
    private final SubscriptionRepository subscriptions;
    private final ProductRepository products;

    CircuitCandidates(NetBoxClient netBox, SubscriptionRepository subscriptions, ProductRepository products) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.products = products;
    }

    List<Product> products() {
        return products.findByProductTypeOrderByName(Product.TYPE_CIRCUIT);
    }

    List<Subscription> nodes() {
        return subscriptions.findByProductTypeAndStatusIn(Product.TYPE_NODE, EnumSet.of(SubscriptionStatus.ACTIVE))
                .stream().filter(Subscription::insync).toList();
    }

    List<Interface> freePorts(UUID nodeSubscriptionId, String productName) {
        NodeBlock node = node(nodeSubscriptionId);
        Set<Long> claimed = claimedPorts();
        return netBox.interfaces(InterfaceQuery.onDevice(node.nodeId()).withSpeed(speedKbps(productName))
                        .cabled(false).markConnected(false)).stream()
                .filter(port -> !claimed.contains(port.id()))
                .toList();
    }

    String productRefusal(Object product) {
        if (product == null || product.toString().isBlank()) {
            return "choose a circuit product";
        }
        Optional<Product> found = products.findByName(product.toString().trim());
        if (found.isEmpty() || !found.get().isCircuit()) {
            return "'" + product + "' is not a circuit product; choose one of "
                    + products().stream().map(Product::name).toList();
        }
        return null;
    }

    String nodeRefusal(Object nodeSubscriptionId) {
        UUID id = uuid(nodeSubscriptionId);
        if (id == null) {
            return "'" + nodeSubscriptionId + "' is not a Node subscription id";
        }
        Optional<Subscription> found = subscriptions.findById(id);
        if (found.isEmpty() || !found.get().product().isNode()) {
            return "there is no Node subscription " + id;
        }
        Subscription node = found.get();
        String name = node.node().map(NodeBlock::nodeName).orElse(id.toString());
        if (node.status() != SubscriptionStatus.ACTIVE) {
            return "node " + name + " is " + node.status() + ", not ACTIVE";
        }
        if (!node.insync()) {
            return "node " + name + " is not in sync (another workflow works on it)";
        }
        return null;
    }

    /** {@code nodeSubscriptionId} and {@code productName} must already have passed their own checks. */
    String portRefusal(Object portId, UUID nodeSubscriptionId, String productName) {
        if (portId == null || portId.toString().isBlank()) {
            return "choose a port";
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(portId).trim());
        } catch (NumberFormatException e) {
            return "'" + portId + "' is not a NetBox interface id";
        }
        NodeBlock node = node(nodeSubscriptionId);
        Interface port;
        try {
            port = netBox.iface(id);
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return "NetBox has no interface " + id;
            }
            throw e;
        }
        String what = "interface " + port.name() + " (" + id + ")";
        if (port.device() == null || port.device().id() != node.nodeId()) {
            return what + " is on " + (port.device() == null ? "no device" : port.device().display())
                    + ", not on " + node.nodeName();
        }
        String speed = speed(productName);
        if (port.speed() == null || port.speed() != CircuitSpeed.kbps(speed)) {
            return what + " on " + node.nodeName() + " is not a " + speed + " port";
        }
        if (port.isCabled()) {
            return what + " on " + node.nodeName() + " already has a cable in NetBox";
        }
        if (port.markConnected()) {
            return what + " on " + node.nodeName() + " is marked connected in NetBox";
        }
        return subscriptions.findCircuitByPortId(id)
                .map(holder -> what + " on " + node.nodeName() + " is already used by circuit " + holder.id())
                .orElse(null);
    }

    String nodeName(UUID nodeSubscriptionId) {
        return node(nodeSubscriptionId).nodeName();
    }

    static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private NodeBlock node(UUID nodeSubscriptionId) {
        return subscriptions.findById(nodeSubscriptionId).flatMap(Subscription::node).orElseThrow(() ->
                new IllegalStateException("subscription " + nodeSubscriptionId + " is not a node"));
    }

    private String speed(String productName) {
        return products.findByName(productName).flatMap(product -> product.fixedInput(Product.SPEED))
                .orElseThrow(() -> new IllegalStateException("product " + productName + " has no speed"));
    }

    private long speedKbps(String productName) {
        return CircuitSpeed.kbps(speed(productName));
    }

    private Set<Long> claimedPorts() {
        Set<Long> claimed = new HashSet<>();
        for (Subscription circuit : subscriptions.findByProductTypeAndStatusIn(Product.TYPE_CIRCUIT, LIVE)) {
            circuit.circuit().map(block -> List.of(block.endpoint(Side.A), block.endpoint(Side.B)))
                    .ifPresent(ends -> ends.forEach(end -> {
                        if (end.claimedPortId() != null) {
                            claimed.add(end.claimedPortId());
                        }
                    }));
        }
        return claimed;
    }
}
