package org.netorch.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.subscription.ProductDeclaration;

/** A product declaration as our API shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProductView(String type, String label, List<Offer> products, List<Block> blocks, List<Dependency> dependsOn,
        List<Resource> netboxResources, List<Claim> claims, Map<String, String> workflows) {

    static ProductView of(ProductDeclaration d) {
        Map<String, String> workflows = new TreeMap<>();
        d.workflows().forEach((role, key) -> workflows.put(role.name().toLowerCase(Locale.ROOT), key));
        return new ProductView(d.type(), d.label(),
                d.products().stream().map(p -> new Offer(p.name(), p.description(), p.fixedInputs())).toList(),
                d.blocks().stream().map(Block::of).toList(),
                d.dependsOn().stream().map(dep -> new Dependency(dep.field(), dep.productType())).toList(),
                d.netBoxResources().stream().map(r -> new Resource(r.kind(), r.purpose(), r.field())).toList(),
                d.claims().stream().map(c -> new Claim(c.kind(), c.field(), c.recordedAs())).toList(),
                workflows);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Offer(String name, String description, Map<String, String> fixedInputs) {
    }

    record Block(String name, String label, List<Field> fields) {

        static Block of(ProductDeclaration.Block block) {
            return new Block(block.name(), block.label(), block.fields().stream().map(f -> new Field(f.name(),
                    f.label(), f.type().name().toLowerCase(Locale.ROOT),
                    f.requiredFrom() == null ? null : f.requiredFrom().name(), f.modifiable())).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Field(String name, String label, String type, String requiredFrom, boolean modifiable) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Dependency(String field, String productType) {
    }

    record Resource(String kind, String purpose, String field) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Claim(String kind, String field, String recordedAs) {
    }
}
