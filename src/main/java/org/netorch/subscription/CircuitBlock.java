package org.netorch.subscription;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A link between two nodes: the NetBox cable and its two endpoints. */
@Entity
@Table(name = "circuit_block")
public class CircuitBlock {

    public static final String CIRCUIT_ID = "circuit.circuit_id";
    public static final String CIRCUIT_STATUS = "circuit.circuit_status";
    public static final String CIRCUIT_DESCRIPTION = "circuit.circuit_description";
    public static final String UNDER_MAINTENANCE = "circuit.under_maintenance";
    public static final String CIRCUIT_PREFIX_ID = "circuit.circuit_prefix_id";
    public static final String LINK_PREFIX_ID = "circuit.link_prefix_id";

    /** The circuit status of a circuit whose cable is not in use yet (NetBox's cable status of that name). */
    public static final String PLANNED = "planned";

    @Id
    @Column(name = "subscription_id")
    private UUID subscriptionId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "subscription_id")
    private Subscription subscription;

    @Column(name = "circuit_id")
    private Long circuitId;

    @Column(name = "circuit_status")
    private String circuitStatus;

    @Column(name = "circuit_description")
    private String circuitDescription;

    @Column(name = "under_maintenance")
    private Boolean underMaintenance;

    @Column(name = "circuit_prefix_id")
    private Long circuitPrefixId;

    @Column(name = "link_prefix_id")
    private Long linkPrefixId;

    @OneToMany(mappedBy = "circuit", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("side")
    private List<CircuitEndpoint> endpoints = new ArrayList<>();

    protected CircuitBlock() {
    }

    CircuitBlock(Subscription subscription) {
        this.subscription = subscription;
        this.subscriptionId = subscription.id();
        endpoints.add(new CircuitEndpoint(this, Side.A));
        endpoints.add(new CircuitEndpoint(this, Side.B));
    }

    /** Sets the NetBox cable id, which becomes the circuit id. */
    public void recordCable(long newCircuitId, AuditContext ctx) {
        change(CIRCUIT_ID, circuitId, newCircuitId, ctx);
        circuitId = newCircuitId;
    }

    /** Sets the NetBox id of the circuit's /64. */
    public void recordCircuitPrefix(long newCircuitPrefixId, AuditContext ctx) {
        change(CIRCUIT_PREFIX_ID, circuitPrefixId, newCircuitPrefixId, ctx);
        circuitPrefixId = newCircuitPrefixId;
    }

    /** Sets the NetBox id of the link's /127. */
    public void recordLinkPrefix(long newLinkPrefixId, AuditContext ctx) {
        change(LINK_PREFIX_ID, linkPrefixId, newLinkPrefixId, ctx);
        linkPrefixId = newLinkPrefixId;
    }

    public void recordCircuitStatus(String newCircuitStatus, AuditContext ctx) {
        change(CIRCUIT_STATUS, circuitStatus, newCircuitStatus, ctx);
        circuitStatus = newCircuitStatus;
    }

    public void describe(String newCircuitDescription, AuditContext ctx) {
        change(CIRCUIT_DESCRIPTION, circuitDescription, newCircuitDescription, ctx);
        circuitDescription = newCircuitDescription;
    }

    public void setUnderMaintenance(boolean newUnderMaintenance, AuditContext ctx) {
        change(UNDER_MAINTENANCE, underMaintenance, newUnderMaintenance, ctx);
        underMaintenance = newUnderMaintenance;
    }

    public CircuitEndpoint endpoint(Side side) {
        return endpoints.stream()
                .filter(endpoint -> endpoint.side() == side)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("circuit " + subscriptionId + " has no side " + side));
    }

    public CircuitEndpoint endpointA() {
        return endpoint(Side.A);
    }

    public CircuitEndpoint endpointB() {
        return endpoint(Side.B);
    }

    void change(String field, Object oldValue, Object newValue, AuditContext ctx) {
        subscription.requireChangeable();
        audit(field, oldValue, newValue, ctx);
    }

    void audit(String field, Object oldValue, Object newValue, AuditContext ctx) {
        subscription.record(field, oldValue, newValue, ctx);
    }

    void claim(String kind, long resourceId, String recordedAs, AuditContext ctx) {
        subscription.claim(kind, resourceId, recordedAs, ctx);
    }

    Long claimed(String recordedAs) {
        return subscription.claimedId(recordedAs);
    }

    void dependOn(UUID subscriptionId) {
        subscription.dependOn(subscriptionId);
    }

    /** Every field's value by its audit name, the endpoints' included. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(CIRCUIT_ID, circuitId);
        values.put(CIRCUIT_STATUS, circuitStatus);
        values.put(CIRCUIT_DESCRIPTION, circuitDescription);
        values.put(UNDER_MAINTENANCE, underMaintenance);
        values.put(CIRCUIT_PREFIX_ID, circuitPrefixId);
        values.put(LINK_PREFIX_ID, linkPrefixId);
        values.putAll(endpointA().values());
        values.putAll(endpointB().values());
        return values;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    /** The NetBox cable id; null until the cable exists. */
    public Long circuitId() {
        return circuitId;
    }

    public String circuitStatus() {
        return circuitStatus;
    }

    public String circuitDescription() {
        return circuitDescription;
    }

    /** The NetBox id of the circuit's /64; null before it was reserved, and for circuits from before ids were kept. */
    public Long circuitPrefixId() {
        return circuitPrefixId;
    }

    /** The NetBox id of the link's /127; null before it was reserved, and for circuits from before ids were kept. */
    public Long linkPrefixId() {
        return linkPrefixId;
    }

    /** Null until set; new circuits start under maintenance. */
    public Boolean underMaintenance() {
        return underMaintenance;
    }
}
