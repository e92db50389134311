package org.netorch.subscription;

/** The router a Node subscription stands for, as NetBox knows it. */
public record NodeBlock(Long nodeId, String nodeName, String nodeStatus, String ipv4Loopback, String ipv6Loopback) {

    public static final String NAME = "node";
    public static final String NODE_ID = "node.node_id";
    public static final String NODE_NAME = "node.node_name";
    public static final String NODE_STATUS = "node.node_status";
    public static final String IPV4_LOOPBACK = "node.ipv4_loopback";
    public static final String IPV6_LOOPBACK = "node.ipv6_loopback";
    public static final String ENROLLED_DEVICE_ID = "node.enrolled_device_id";

    /** A node for a NetBox device whose loopbacks are not read yet. */
    public static NodeBlock of(long nodeId, String nodeName, String nodeStatus) {
        return new NodeBlock(nodeId, nodeName, nodeStatus, null, null);
    }

    public NodeBlock withNodeStatus(String newNodeStatus) {
        return new NodeBlock(nodeId, nodeName, newNodeStatus, ipv4Loopback, ipv6Loopback);
    }

    public NodeBlock withLoopbacks(String newIpv4Loopback, String newIpv6Loopback) {
        return new NodeBlock(nodeId, nodeName, nodeStatus, newIpv4Loopback, newIpv6Loopback);
    }
}
