package org.netorch.subscription;

import java.util.Objects;
import java.util.UUID;

/** One end of a circuit about to be created: a port on the router of a Node subscription. */
public record PlannedEndpoint(UUID nodeSubscriptionId, String nodeName, long portId, String portName) {

    public PlannedEndpoint {
        Objects.requireNonNull(nodeSubscriptionId, "nodeSubscriptionId");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(portName, "portName");
    }
}
