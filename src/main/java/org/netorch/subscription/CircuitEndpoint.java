package org.netorch.subscription;

import java.util.UUID;

/** One end of a circuit: a port on the router of a Node subscription. */
public record CircuitEndpoint(Long portId, String portName, String portDescription, String v6IpAddress,
        Long addressId, UUID nodeSubscriptionId) {

    public static final String PORT_ID = "port_id";
    public static final String V6_IP_ADDRESS = "v6_ip_address";
    public static final String ADDRESS_ID = "address_id";
    public static final String PORT_NAME = "port_name";
    public static final String PORT_DESCRIPTION = "port_description";
    public static final String NODE_SUBSCRIPTION_ID = "node_subscription_id";
    public static final String CLAIMED_PORT_ID = "claimed_port_id";

    /** This end of a circuit about to be created; the port's description names the far end. */
    static CircuitEndpoint planned(PlannedEndpoint here, PlannedEndpoint farEnd) {
        return new CircuitEndpoint(here.portId(), here.portName(),
                Descriptions.port(farEnd.nodeName(), farEnd.portName()), null, null, here.nodeSubscriptionId());
    }

    /** The address together with the id of the NetBox IP address object that holds it. */
    public CircuitEndpoint withAddress(String newV6IpAddress, Long newAddressId) {
        return new CircuitEndpoint(portId, portName, portDescription, newV6IpAddress, newAddressId,
                nodeSubscriptionId);
    }

    /** The audit field of one of an end's fields, e.g. {@code circuit.endpoint_a.address_id}. */
    public static String field(Side side, String name) {
        return side.fieldPrefix() + name;
    }
}
