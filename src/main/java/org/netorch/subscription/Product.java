package org.netorch.subscription;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A product as sold; the three products are seeded by a migration, not created by code. */
@Entity
@Table(name = "product")
public class Product {

    public static final String NODE = "Node";
    public static final String CIRCUIT_400G = "Circuit 400G";
    public static final String CIRCUIT_100G = "Circuit 100G";

    public static final String TYPE_NODE = "Node";
    public static final String TYPE_CIRCUIT = "Circuit";

    public static final String SPEED = "speed";

    @Id
    private UUID id;

    private String name;

    @Column(name = "product_type")
    private String productType;

    private String description;

    private String tag;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_fixed_input", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "input_value")
    private Map<String, String> fixedInputs = new HashMap<>();

    protected Product() {
    }

    Product(UUID id, String name, String productType, String description, String tag, Map<String, String> fixedInputs) {
        this.id = id;
        this.name = name;
        this.productType = productType;
        this.description = description;
        this.tag = tag;
        this.fixedInputs = new HashMap<>(fixedInputs);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String productType() {
        return productType;
    }

    public String description() {
        return description;
    }

    public String tag() {
        return tag;
    }

    public Optional<String> fixedInput(String inputName) {
        return Optional.ofNullable(fixedInputs.get(inputName));
    }

    public Map<String, String> fixedInputs() {
        return Map.copyOf(fixedInputs);
    }

    public boolean isNode() {
        return TYPE_NODE.equals(productType);
    }

    public boolean isCircuit() {
        return TYPE_CIRCUIT.equals(productType);
    }

    @Override
    public String toString() {
        return name;
    }
}
