package org.netorch.process.circuit;

import java.util.UUID;

import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** Renders both endpoint configurations of a circuit subscription from the subscription store. */
@Component
class CircuitConfigs {

    private final SubscriptionService subscriptions;

    CircuitConfigs(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    Pair of(UUID circuitSubscriptionId) {
        CircuitBlock circuit = subscriptions.get(circuitSubscriptionId).block(CircuitBlock.class).orElseThrow(() ->
                new IllegalStateException("subscription " + circuitSubscriptionId + " is not a circuit"));
        boolean drained = Boolean.TRUE.equals(circuit.underMaintenance());
        return new Pair(endpoint(circuit.endpointA(), drained), endpoint(circuit.endpointB(), drained));
    }

    private CircuitEndpointConfig endpoint(CircuitEndpoint endpoint, boolean drained) {
        NodeBlock node = subscriptions.get(endpoint.nodeSubscriptionId()).block(NodeBlock.class).orElseThrow();
        return new CircuitEndpointConfig(node.nodeName(), node.ipv4Loopback(), endpoint.portName(),
                endpoint.portDescription(), endpoint.v6IpAddress(), drained);
    }

    record Pair(CircuitEndpointConfig a, CircuitEndpointConfig b) {
    }
}
