package org.netorch.subscription;

import static org.netorch.subscription.ProductDeclaration.FieldType.NETBOX_ID;
import static org.netorch.subscription.ProductDeclaration.FieldType.TEXT;
import static org.netorch.subscription.SubscriptionStatus.PROVISIONING;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.netorch.subscription.ProductDeclaration.Block;
import org.netorch.subscription.ProductDeclaration.Claim;
import org.netorch.subscription.ProductDeclaration.Field;
import org.netorch.subscription.ProductDeclaration.NetBoxResource;
import org.netorch.subscription.ProductDeclaration.Offer;
import org.netorch.subscription.ProductDeclaration.WorkflowRole;

/** The Node product: a router enrolled from NetBox. */
public final class NodeProduct {

    public static final ProductDeclaration DECLARATION = new ProductDeclaration(Product.TYPE_NODE, "Node",
            List.of(new Offer(Product.NODE, "Router enrolled from NetBox", Map.of())),
            List.of(new Block(NodeBlock.NAME, "Node", NodeBlock.class, List.of(
                    new Field(NodeBlock.NODE_ID, "NetBox device", NETBOX_ID, PROVISIONING, false),
                    new Field(NodeBlock.NODE_NAME, "Name", TEXT, PROVISIONING, false),
                    new Field(NodeBlock.NODE_STATUS, "NetBox status", TEXT, PROVISIONING, false),
                    new Field(NodeBlock.IPV4_LOOPBACK, "IPv4 loopback", TEXT, PROVISIONING, false),
                    new Field(NodeBlock.IPV6_LOOPBACK, "IPv6 loopback", TEXT, PROVISIONING, false)))),
            List.of(),
            List.of(new NetBoxResource("device", "router", NodeBlock.NODE_ID)),
            List.of(new Claim(ResourceClaim.DEVICE, NodeBlock.NODE_ID, NodeBlock.ENROLLED_DEVICE_ID)),
            Map.of(WorkflowRole.CREATE, "create_node", WorkflowRole.TERMINATE, "terminate_node",
                    WorkflowRole.VALIDATE, "validate_node"));

    private NodeProduct() {
    }

    /** A new Node subscription for a NetBox device, holding the device so no other node can enroll it. */
    public static Subscription newSubscription(Product product, String customerId, long deviceId, String deviceName,
                                               String deviceStatus, AuditContext ctx, Clock clock) {
        Subscription subscription = Subscription.create(product, customerId,
                Descriptions.nodeSubscription(deviceName), ctx, clock);
        subscription.update(NodeBlock.of(deviceId, deviceName, deviceStatus), ctx);
        return subscription;
    }
}
