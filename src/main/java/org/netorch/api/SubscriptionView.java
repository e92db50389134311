package org.netorch.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(UUID id, String product, String productType, Map<String, String> fixedInputs,
        String customerId, String description, String status, boolean insync, Instant startDate, Instant endDate,
        String note, long version, Instant createdAt, Node node, Circuit circuit) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.product().name(), s.product().productType(), s.product().fixedInputs(),
                s.customerId(), s.description(), s.status().name(), s.insync(), s.startDate(), s.endDate(), s.note(),
                s.version(), s.createdAt(), s.node().map(Node::of).orElse(null),
                s.circuit().map(Circuit::of).orElse(null));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Node(Long nodeId, String nodeName, String nodeStatus, String ipv4Loopback, String ipv6Loopback) {

        static Node of(NodeBlock n) {
            return new Node(n.nodeId(), n.nodeName(), n.nodeStatus(), n.ipv4Loopback(), n.ipv6Loopback());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Circuit(Long circuitId, String circuitStatus, String circuitDescription, Boolean underMaintenance,
            Endpoint endpointA, Endpoint endpointB) {

        static Circuit of(CircuitBlock c) {
            return new Circuit(c.circuitId(), c.circuitStatus(), c.circuitDescription(), c.underMaintenance(),
                    Endpoint.of(c.endpointA()), Endpoint.of(c.endpointB()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Endpoint(Long portId, String portName, String portDescription, String v6IpAddress,
            UUID nodeSubscriptionId) {

        static Endpoint of(CircuitEndpoint e) {
            return e == null ? null : new Endpoint(e.portId(), e.portName(), e.portDescription(), e.v6IpAddress(),
                    e.nodeSubscriptionId());
        }
    }
}
