package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.netorch.subscription.Product;
import org.netorch.subscription.ProductRepository;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/products}: what a client needs to render every product without knowing any. */
class ProductApiIT extends AppIntegrationTest {

    @Autowired
    ProductRepository products;

    @Test
    void aViewerReadsEveryProductTypeWithItsBlocksClaimsAndWorkflows() {
        var response = api().as("viewer", "viewer").get("/api/products");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode types = response.json();
        assertThat(types).extracting(type -> type.path("type").asText()).containsExactly("Node", "Circuit");
        JsonNode circuit = types.get(1);
        assertThat(circuit.path("workflows").path("modify").asText()).isEqualTo("modify_circuit");
        assertThat(types.get(0).path("workflows").has("modify")).isFalse();
        assertThat(circuit.path("products")).extracting(p -> p.path("fixed_inputs").path("speed").asText())
                .containsExactly("400G", "100G");
        assertThat(circuit.path("depends_on")).extracting(d -> d.path("product_type").asText())
                .containsExactly("Node", "Node");
        assertThat(circuit.path("claims")).extracting(c -> c.path("kind").asText())
                .containsExactly("interface", "interface");
        JsonNode maintenance = fieldNamed(circuit, "circuit.under_maintenance");
        assertThat(maintenance.path("modifiable").asBoolean()).isTrue();
        assertThat(maintenance.path("required_from").asText()).isEqualTo("PROVISIONING");
        assertThat(fieldNamed(circuit, "circuit.circuit_id").path("required_from").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void everyProductSoldIsDeclaredAndEveryDeclaredProductIsSold() {
        List<String> declared = new ArrayList<>();
        api().get("/api/products").json()
                .forEach(type -> type.path("products").forEach(p -> declared.add(p.path("name").asText())));

        assertThat(declared).containsExactlyInAnyOrderElementsOf(products.findAll().stream().map(Product::name)
                .toList());
    }

    @Test
    void noOneReadsThemWithoutLoggingIn() {
        assertThat(anonymous().get("/api/products").status()).isEqualTo(401);
    }

    private static JsonNode fieldNamed(JsonNode type, String name) {
        for (JsonNode block : type.path("blocks")) {
            for (JsonNode field : block.path("fields")) {
                if (field.path("name").asText().equals(name)) {
                    return field;
                }
            }
        }
        throw new AssertionError("no field " + name);
    }
}
