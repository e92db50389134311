package org.netorch.subscription;

import static org.netorch.subscription.ProductDeclaration.FieldType.FLAG;
import static org.netorch.subscription.ProductDeclaration.FieldType.NETBOX_ID;
import static org.netorch.subscription.ProductDeclaration.FieldType.SUBSCRIPTION_ID;
import static org.netorch.subscription.ProductDeclaration.FieldType.TEXT;
import static org.netorch.subscription.SubscriptionStatus.ACTIVE;
import static org.netorch.subscription.SubscriptionStatus.PROVISIONING;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.netorch.subscription.ProductDeclaration.Block;
import org.netorch.subscription.ProductDeclaration.Claim;
import org.netorch.subscription.ProductDeclaration.Dependency;
import org.netorch.subscription.ProductDeclaration.Field;
import org.netorch.subscription.ProductDeclaration.NetBoxResource;
import org.netorch.subscription.ProductDeclaration.Offer;
import org.netorch.subscription.ProductDeclaration.WorkflowRole;

/** The Circuit products: a cabled link between free ports of two nodes, one product per speed. */
public final class CircuitProduct {

    public static final ProductDeclaration DECLARATION = new ProductDeclaration(Product.TYPE_CIRCUIT, "Circuit",
            List.of(new Offer(Product.CIRCUIT_400G, "400G circuit between two nodes", Map.of(Product.SPEED, "400G")),
                    new Offer(Product.CIRCUIT_100G, "100G circuit between two nodes", Map.of(Product.SPEED, "100G"))),
            List.of(new Block(CircuitBlock.NAME, "Circuit", CircuitBlock.class, fields())),
            List.of(new Dependency(endpoint(Side.A, CircuitEndpoint.NODE_SUBSCRIPTION_ID), Product.TYPE_NODE),
                    new Dependency(endpoint(Side.B, CircuitEndpoint.NODE_SUBSCRIPTION_ID), Product.TYPE_NODE)),
            List.of(new NetBoxResource("cable", "cable", CircuitBlock.CIRCUIT_ID),
                    new NetBoxResource("prefix", "circuit prefix", CircuitBlock.CIRCUIT_PREFIX_ID),
                    new NetBoxResource("prefix", "link prefix", CircuitBlock.LINK_PREFIX_ID),
                    new NetBoxResource("ip-address", "address A", endpoint(Side.A, CircuitEndpoint.ADDRESS_ID)),
                    new NetBoxResource("ip-address", "address B", endpoint(Side.B, CircuitEndpoint.ADDRESS_ID))),
            List.of(new Claim(ResourceClaim.INTERFACE, endpoint(Side.A, CircuitEndpoint.PORT_ID),
                            endpoint(Side.A, CircuitEndpoint.CLAIMED_PORT_ID)),
                    new Claim(ResourceClaim.INTERFACE, endpoint(Side.B, CircuitEndpoint.PORT_ID),
                            endpoint(Side.B, CircuitEndpoint.CLAIMED_PORT_ID))),
            Map.of(WorkflowRole.CREATE, "create_circuit", WorkflowRole.MODIFY, "modify_circuit",
                    WorkflowRole.TERMINATE, "terminate_circuit", WorkflowRole.VALIDATE, "validate_circuit"));

    private CircuitProduct() {
    }

    /**
     * A new circuit between two ports: it claims both, describes each port by its far end, and starts planned and
     * under maintenance.
     */
    public static Subscription newSubscription(Product product, String customerId, PlannedEndpoint a,
                                               PlannedEndpoint b, AuditContext ctx, Clock clock) {
        CircuitBlock circuit = CircuitBlock.planned(a, b);
        Subscription subscription = Subscription.create(product, customerId, circuit.circuitDescription(), ctx,
                clock);
        subscription.update(circuit, ctx);
        return subscription;
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>(List.of(
                new Field(CircuitBlock.CIRCUIT_ID, "NetBox cable", NETBOX_ID, ACTIVE, false),
                new Field(CircuitBlock.CIRCUIT_STATUS, "Cable status", TEXT, PROVISIONING, false),
                new Field(CircuitBlock.CIRCUIT_DESCRIPTION, "Description", TEXT, PROVISIONING, false),
                new Field(CircuitBlock.UNDER_MAINTENANCE, "Under maintenance", FLAG, PROVISIONING, true),
                // circuits from before the ids were kept have none: their objects are found by marker
                new Field(CircuitBlock.CIRCUIT_PREFIX_ID, "NetBox /64", NETBOX_ID, null, false),
                new Field(CircuitBlock.LINK_PREFIX_ID, "NetBox /127", NETBOX_ID, null, false)));
        // an endpoint's fields are shown under its own heading (endpoint_a: "Endpoint A"), so their labels omit the side
        for (Side side : Side.values()) {
            fields.add(new Field(endpoint(side, CircuitEndpoint.PORT_ID), "NetBox interface", NETBOX_ID, PROVISIONING,
                    false));
            fields.add(new Field(endpoint(side, CircuitEndpoint.PORT_NAME), "Port", TEXT, PROVISIONING, false));
            fields.add(new Field(endpoint(side, CircuitEndpoint.PORT_DESCRIPTION), "Port description", TEXT,
                    PROVISIONING, false));
            fields.add(new Field(endpoint(side, CircuitEndpoint.V6_IP_ADDRESS), "IPv6 address", TEXT, PROVISIONING,
                    false));
            fields.add(new Field(endpoint(side, CircuitEndpoint.ADDRESS_ID), "NetBox address", NETBOX_ID, null,
                    false));
            fields.add(new Field(endpoint(side, CircuitEndpoint.NODE_SUBSCRIPTION_ID), "Node subscription",
                    SUBSCRIPTION_ID, PROVISIONING, false));
        }
        return fields;
    }

    private static String endpoint(Side side, String field) {
        return side.fieldPrefix() + field;
    }
}
