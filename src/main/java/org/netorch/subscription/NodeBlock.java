package org.netorch.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The router a Node subscription stands for, as NetBox knows it. */
@Entity
@Table(name = "node_block")
public class NodeBlock {

    public static final String NODE_ID = "node.node_id";
    public static final String NODE_NAME = "node.node_name";
    public static final String NODE_STATUS = "node.node_status";
    public static final String IPV4_LOOPBACK = "node.ipv4_loopback";
    public static final String IPV6_LOOPBACK = "node.ipv6_loopback";
    public static final String ENROLLED_DEVICE_ID = "node.enrolled_device_id";

    @Id
    @Column(name = "subscription_id")
    private UUID subscriptionId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "subscription_id")
    private Subscription subscription;

    @Column(name = "node_id")
    private Long nodeId;

    @Column(name = "node_name")
    private String nodeName;

    @Column(name = "node_status")
    private String nodeStatus;

    @Column(name = "ipv4_loopback")
    private String ipv4Loopback;

    @Column(name = "ipv6_loopback")
    private String ipv6Loopback;

    protected NodeBlock() {
    }

    NodeBlock(Subscription subscription) {
        this.subscription = subscription;
        this.subscriptionId = subscription.id();
    }

    void identify(long newNodeId, String newNodeName, String newNodeStatus, AuditContext ctx) {
        subscription.record(NODE_ID, nodeId, newNodeId, ctx);
        nodeId = newNodeId;
        subscription.claim(ResourceClaim.DEVICE, newNodeId, ENROLLED_DEVICE_ID, ctx);
        subscription.record(NODE_NAME, nodeName, newNodeName, ctx);
        nodeName = newNodeName;
        subscription.record(NODE_STATUS, nodeStatus, newNodeStatus, ctx);
        nodeStatus = newNodeStatus;
    }

    public void recordLoopbacks(String newIpv4Loopback, String newIpv6Loopback, AuditContext ctx) {
        subscription.requireChangeable();
        subscription.record(IPV4_LOOPBACK, ipv4Loopback, newIpv4Loopback, ctx);
        ipv4Loopback = newIpv4Loopback;
        subscription.record(IPV6_LOOPBACK, ipv6Loopback, newIpv6Loopback, ctx);
        ipv6Loopback = newIpv6Loopback;
    }

    public void recordStatus(String newNodeStatus, AuditContext ctx) {
        subscription.requireChangeable();
        subscription.record(NODE_STATUS, nodeStatus, newNodeStatus, ctx);
        nodeStatus = newNodeStatus;
    }

    /** Every field's value by its audit name. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(NODE_ID, nodeId);
        values.put(NODE_NAME, nodeName);
        values.put(NODE_STATUS, nodeStatus);
        values.put(IPV4_LOOPBACK, ipv4Loopback);
        values.put(IPV6_LOOPBACK, ipv6Loopback);
        return values;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    /** The NetBox device id; null only before the node was attached. */
    public Long nodeId() {
        return nodeId;
    }

    public String nodeName() {
        return nodeName;
    }

    public String nodeStatus() {
        return nodeStatus;
    }

    public String ipv4Loopback() {
        return ipv4Loopback;
    }

    public String ipv6Loopback() {
        return ipv6Loopback;
    }

    /** The device this node holds; null once the subscription is TERMINATED. */
    public Long enrolledDeviceId() {
        return subscription.claimedId(ENROLLED_DEVICE_ID);
    }
}
