package org.netorch.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One end of a circuit: a port on the router of a Node subscription. */
@Entity
@Table(name = "circuit_endpoint")
public class CircuitEndpoint {

    public static final String PORT_ID = "port_id";
    public static final String V6_IP_ADDRESS = "v6_ip_address";
    public static final String ADDRESS_ID = "address_id";
    public static final String PORT_NAME = "port_name";
    public static final String PORT_DESCRIPTION = "port_description";
    public static final String NODE_SUBSCRIPTION_ID = "node_subscription_id";
    public static final String CLAIMED_PORT_ID = "claimed_port_id";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subscription_id")
    private CircuitBlock circuit;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "port_id")
    private Long portId;

    @Column(name = PORT_NAME)
    private String portName;

    @Column(name = PORT_DESCRIPTION)
    private String portDescription;

    @Column(name = "v6_ip_address")
    private String v6IpAddress;

    @Column(name = "address_id")
    private Long addressId;

    @Column(name = NODE_SUBSCRIPTION_ID)
    private UUID nodeSubscriptionId;

    // A copy of port_id under a UNIQUE constraint, emptied on TERMINATED, so a port has one live circuit.

    protected CircuitEndpoint() {
    }

    CircuitEndpoint(CircuitBlock circuit, Side side) {
        this.circuit = circuit;
        this.side = side;
    }

    /** Sets the NetBox interface this end uses and claims it, so no other live circuit can take it. */
    public void claimPort(long newPortId, String newPortName, AuditContext ctx) {
        change(PORT_ID, portId, newPortId, ctx);
        portId = newPortId;
        circuit.claim(ResourceClaim.INTERFACE, newPortId, field(CLAIMED_PORT_ID), ctx);
        change(PORT_NAME, portName, newPortName, ctx);
        portName = newPortName;
    }

    public void describePort(String newPortDescription, AuditContext ctx) {
        change(PORT_DESCRIPTION, portDescription, newPortDescription, ctx);
        portDescription = newPortDescription;
    }

    public void recordAddress(String newV6IpAddress, AuditContext ctx) {
        change(V6_IP_ADDRESS, v6IpAddress, newV6IpAddress, ctx);
        v6IpAddress = newV6IpAddress;
    }

    /** Records the address together with the id of the NetBox IP address object that holds it. */
    public void recordAddress(String newV6IpAddress, long newAddressId, AuditContext ctx) {
        recordAddress(newV6IpAddress, ctx);
        change(ADDRESS_ID, addressId, newAddressId, ctx);
        addressId = newAddressId;
    }

    /** Points this end at the Node subscription whose router carries the port. */
    public void connectTo(UUID newNodeSubscriptionId, AuditContext ctx) {
        UUID farNode = circuit.endpoint(side.opposite()).nodeSubscriptionId();
        if (newNodeSubscriptionId != null && newNodeSubscriptionId.equals(farNode)) {
            throw new IllegalArgumentException("both ends of circuit " + circuit.subscriptionId()
                    + " would be on node " + newNodeSubscriptionId);
        }
        change(NODE_SUBSCRIPTION_ID, nodeSubscriptionId, newNodeSubscriptionId, ctx);
        circuit.dependOn(newNodeSubscriptionId);
        nodeSubscriptionId = newNodeSubscriptionId;
    }

    /** Takes this end's port on its node and names the far end in the port's description. */
    void plan(PlannedEndpoint here, PlannedEndpoint farEnd, AuditContext ctx) {
        claimPort(here.portId(), here.portName(), ctx);
        connectTo(here.nodeSubscriptionId(), ctx);
        describePort(Descriptions.port(farEnd.nodeName(), farEnd.portName()), ctx);
    }

    private void change(String field, Object oldValue, Object newValue, AuditContext ctx) {
        circuit.change(side.fieldPrefix() + field, oldValue, newValue, ctx);
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field(PORT_ID), portId);
        values.put(field(PORT_NAME), portName);
        values.put(field(PORT_DESCRIPTION), portDescription);
        values.put(field(V6_IP_ADDRESS), v6IpAddress);
        values.put(field(ADDRESS_ID), addressId);
        values.put(field(NODE_SUBSCRIPTION_ID), nodeSubscriptionId);
        return values;
    }

    /** The audit field of one of this end's fields, e.g. {@code circuit.endpoint_a.address_id}. */
    public String field(String name) {
        return side.fieldPrefix() + name;
    }

    public Side side() {
        return side;
    }

    public Long portId() {
        return portId;
    }

    public String portName() {
        return portName;
    }

    public String portDescription() {
        return portDescription;
    }

    public String v6IpAddress() {
        return v6IpAddress;
    }

    /** The NetBox id of this end's IP address; null before it was assigned, and for circuits from before. */
    public Long addressId() {
        return addressId;
    }

    public UUID nodeSubscriptionId() {
        return nodeSubscriptionId;
    }

    /** The port this end holds; null once the subscription is TERMINATED. */
    /** The interface this end holds for its circuit; null once the circuit is TERMINATED. */
    public Long claimedPortId() {
        return circuit.claimed(field(CLAIMED_PORT_ID));
    }
}
