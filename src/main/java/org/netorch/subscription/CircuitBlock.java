package org.netorch.subscription;

/** A link between two nodes: the NetBox cable, its prefixes and its two endpoints. */
public record CircuitBlock(Long circuitId, String circuitStatus, String circuitDescription, Boolean underMaintenance,
        Long circuitPrefixId, Long linkPrefixId, CircuitEndpoint endpointA, CircuitEndpoint endpointB) {

    public static final String NAME = "circuit";
    public static final String CIRCUIT_ID = "circuit.circuit_id";
    public static final String CIRCUIT_STATUS = "circuit.circuit_status";
    public static final String CIRCUIT_DESCRIPTION = "circuit.circuit_description";
    public static final String UNDER_MAINTENANCE = "circuit.under_maintenance";
    public static final String CIRCUIT_PREFIX_ID = "circuit.circuit_prefix_id";
    public static final String LINK_PREFIX_ID = "circuit.link_prefix_id";

    /** The circuit status of a circuit whose cable is not in use yet (NetBox's cable status of that name). */
    public static final String PLANNED = "planned";

    public CircuitBlock {
        if (endpointA != null && endpointB != null && endpointA.nodeSubscriptionId() != null
                && endpointA.nodeSubscriptionId().equals(endpointB.nodeSubscriptionId())) {
            throw new IllegalArgumentException("both ends of a circuit would be on node "
                    + endpointA.nodeSubscriptionId());
        }
    }

    /**
     * A new circuit between two ports, each described by its far end: planned and under maintenance, so traffic
     * avoids it until an operator takes it out of maintenance.
     */
    public static CircuitBlock planned(PlannedEndpoint a, PlannedEndpoint b) {
        return new CircuitBlock(null, PLANNED,
                Descriptions.circuitBlock(a.nodeName(), a.portName(), b.nodeName(), b.portName()), true, null, null,
                CircuitEndpoint.planned(a, b), CircuitEndpoint.planned(b, a));
    }

    public CircuitEndpoint endpoint(Side side) {
        return side == Side.A ? endpointA : endpointB;
    }

    /** The NetBox cable id, which becomes the circuit id. */
    public CircuitBlock withCircuitId(long newCircuitId) {
        return new CircuitBlock(newCircuitId, circuitStatus, circuitDescription, underMaintenance, circuitPrefixId,
                linkPrefixId, endpointA, endpointB);
    }

    public CircuitBlock withCircuitStatus(String newCircuitStatus) {
        return new CircuitBlock(circuitId, newCircuitStatus, circuitDescription, underMaintenance, circuitPrefixId,
                linkPrefixId, endpointA, endpointB);
    }

    public CircuitBlock withUnderMaintenance(boolean newUnderMaintenance) {
        return new CircuitBlock(circuitId, circuitStatus, circuitDescription, newUnderMaintenance, circuitPrefixId,
                linkPrefixId, endpointA, endpointB);
    }

    /** The NetBox id of the circuit's /64. */
    public CircuitBlock withCircuitPrefixId(long newCircuitPrefixId) {
        return new CircuitBlock(circuitId, circuitStatus, circuitDescription, underMaintenance, newCircuitPrefixId,
                linkPrefixId, endpointA, endpointB);
    }

    /** The NetBox id of the link's /127. */
    public CircuitBlock withLinkPrefixId(long newLinkPrefixId) {
        return new CircuitBlock(circuitId, circuitStatus, circuitDescription, underMaintenance, circuitPrefixId,
                newLinkPrefixId, endpointA, endpointB);
    }

    public CircuitBlock withEndpoint(Side side, CircuitEndpoint endpoint) {
        return new CircuitBlock(circuitId, circuitStatus, circuitDescription, underMaintenance, circuitPrefixId,
                linkPrefixId, side == Side.A ? endpoint : endpointA, side == Side.B ? endpoint : endpointB);
    }
}
