package org.netorch.subscription;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product type as declared once (DESIGN §10): the products sold under it, its blocks and their fields, the
 * subscriptions it depends on, the NetBox objects it owns, what it claims, and its workflows. Everything generic
 * (required fields per lifecycle state, dependency guards, claims, the API's and the plugin's rendering) is derived
 * from it; nothing it says is written again by hand.
 */
public record ProductDeclaration(String type, String label, List<Offer> products, List<Block> blocks,
        List<Dependency> dependsOn, List<NetBoxResource> netBoxResources, List<Claim> claims,
        Map<WorkflowRole, String> workflows) {

    public ProductDeclaration {
        products = List.copyOf(products);
        blocks = List.copyOf(blocks);
        dependsOn = List.copyOf(dependsOn);
        netBoxResources = List.copyOf(netBoxResources);
        claims = List.copyOf(claims);
        workflows = Map.copyOf(workflows);
    }

    /** A product sold under this type, with the inputs that are fixed for it (a circuit's speed). */
    public record Offer(String name, String description, Map<String, String> fixedInputs) {

        public Offer {
            fixedInputs = Map.copyOf(fixedInputs);
        }
    }

    /**
     * A block of fields, by the name its audit events and the API use ({@code node}, {@code circuit}), and the record
     * it is read and written as.
     */
    public record Block(String name, String label, Class<? extends Record> type, List<Field> fields) {

        public Block {
            fields = List.copyOf(fields);
        }

        public Optional<Field> field(String fieldName) {
            return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
        }
    }

    /**
     * One field of a block: its audit name ({@code circuit.endpoint_a.port_id}), what people read, its type, the
     * lifecycle state from which it must be set (null: never required), and whether a modify workflow may change it.
     */
    public record Field(String name, String label, FieldType type, SubscriptionStatus requiredFrom,
            boolean modifiable) {

        /** Required when a subscription enters {@code target}. */
        public boolean requiredIn(SubscriptionStatus target) {
            boolean live = target == SubscriptionStatus.PROVISIONING || target == SubscriptionStatus.ACTIVE;
            return live && requiredFrom != null && target.ordinal() >= requiredFrom.ordinal();
        }
    }

    public enum FieldType { TEXT, NUMBER, FLAG, NETBOX_ID, SUBSCRIPTION_ID }

    /** A live subscription of {@code productType} named by the field must outlive this one. */
    public record Dependency(String field, String productType) {
    }

    /** A NetBox object the product makes or marks: its kind, what it is for, and the field holding its id. */
    public record NetBoxResource(String kind, String purpose, String field) {
    }

    /**
     * A resource only one live subscription may hold, of any product: its kind, the field holding its id, and the
     * audit field its taking and release are recorded under.
     */
    public record Claim(String kind, String field, String recordedAs) {
    }

    public enum WorkflowRole { CREATE, MODIFY, TERMINATE, VALIDATE }

    public Optional<String> workflow(WorkflowRole role) {
        return Optional.ofNullable(workflows.get(role));
    }

    /** The block read and written as this record type. */
    public Optional<Block> blockOf(Class<? extends Record> type) {
        return blocks.stream().filter(block -> block.type().equals(type)).findFirst();
    }

    /** Every field of every block, in declaration order. */
    public List<Field> fields() {
        return blocks.stream().flatMap(block -> block.fields().stream()).toList();
    }
}
