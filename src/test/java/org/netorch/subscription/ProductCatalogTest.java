package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The declarations say what the stored blocks hold and what the diagrams are: none may drift from the other. */
class ProductCatalogTest {

    private static final AuditContext SYSTEM = AuditContext.system();

    static Stream<ProductDeclaration> declarations() {
        return ProductCatalog.all().stream();
    }

    @Test
    void everyDeclaredFieldIsOneABlockHolds() {
        Subscription node = Fixtures.completeNode(Fixtures.nodeProduct(), 7, "loc1-core");
        Subscription circuit = Fixtures.newSubscription(Fixtures.circuitProduct());
        circuit.attachCircuit(SYSTEM);

        assertThat(node.blockValues("node").orElseThrow().keySet()).containsExactlyElementsOf(
                NodeProduct.DECLARATION.fields().stream().map(ProductDeclaration.Field::name).toList());
        assertThat(circuit.blockValues("circuit").orElseThrow().keySet()).containsExactlyElementsOf(
                CircuitProduct.DECLARATION.fields().stream().map(ProductDeclaration.Field::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void everyDeclaredWorkflowHasItsDiagram(ProductDeclaration declaration) {
        assertThat(declaration.workflows().values())
                .allSatisfy(key -> assertThat(Path.of("bpmn", key + ".bpmn")).satisfies(Files::exists));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void claimsResourcesAndDependenciesNameDeclaredFields(ProductDeclaration declaration) {
        var fields = declaration.fields().stream().map(ProductDeclaration.Field::name).toList();

        assertThat(declaration.claims()).allSatisfy(claim -> assertThat(fields).contains(claim.field()));
        assertThat(declaration.netBoxResources()).allSatisfy(resource -> assertThat(fields).contains(resource.field()));
        assertThat(declaration.dependsOn()).allSatisfy(dependency -> {
            assertThat(fields).contains(dependency.field());
            assertThat(ProductCatalog.ofType(dependency.productType())).isPresent();
        });
    }

    @Test
    void aProductSoldIsFoundUnderItsType() {
        assertThat(ProductCatalog.ofProduct(Product.CIRCUIT_100G)).containsSame(CircuitProduct.DECLARATION);
        assertThat(ProductCatalog.ofProduct(Product.NODE)).containsSame(NodeProduct.DECLARATION);
        assertThat(ProductCatalog.ofProduct("Circuit 1T")).isEmpty();
    }
}
