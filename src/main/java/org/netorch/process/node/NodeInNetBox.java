package org.netorch.process.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.netorch.netbox.Device;
import org.netorch.netbox.IpAddressRef;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.subscription.Drift;
import org.netorch.subscription.NodeBlock;
import org.springframework.stereotype.Component;

/**
 * How a node's router in NetBox differs from its node block (DESIGN §9 "Validate"): the device exists, is
 * {@code active}, and its primary IPv4 and IPv6 addresses are the loopbacks the node recorded. Reads only.
 */
@Component
class NodeInNetBox {

    static final String ACTIVE = "active";
    static final String NONE = "none";

    private final NetBoxClient netBox;

    NodeInNetBox(NetBoxClient netBox) {
        this.netBox = netBox;
    }

    List<Drift> differences(NodeBlock node) {
        Device device;
        try {
            device = netBox.device(node.nodeId());
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return List.of(new Drift(NodeBlock.NODE_ID, "device " + node.nodeId() + " (" + node.nodeName() + ")",
                        "no device " + node.nodeId() + " in NetBox"));
            }
            throw e;
        }
        List<Drift> drift = new ArrayList<>();
        if (!device.hasStatus(ACTIVE)) {
            drift.add(new Drift(NodeBlock.NODE_STATUS, ACTIVE,
                    device.status() == null ? NONE : device.status().value()));
        }
        compare(drift, NodeBlock.IPV4_LOOPBACK, node.ipv4Loopback(), device.primaryIp4());
        compare(drift, NodeBlock.IPV6_LOOPBACK, node.ipv6Loopback(), device.primaryIp6());
        return drift;
    }

    private static void compare(List<Drift> drift, String field, String recorded, IpAddressRef primary) {
        String found = primary == null || primary.address() == null ? NONE : primary.address();
        if (!Objects.equals(recorded, found)) {
            drift.add(new Drift(field, recorded == null ? NONE : recorded, found));
        }
    }
}
