package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
        CircuitBlock planned = CircuitBlock.planned(
                new PlannedEndpoint(UUID.randomUUID(), "loc1-core", 11, "1/1/c11/1"),
                new PlannedEndpoint(UUID.randomUUID(), "loc2-core", 21, "1/1/c21/1"));
        circuit.update(planned.withCircuitId(500).withCircuitPrefixId(600).withLinkPrefixId(601)
                .withEndpoint(Side.A, planned.endpointA().withAddress("2001:db8:10::/127", 700L))
                .withEndpoint(Side.B, planned.endpointB().withAddress("2001:db8:10::1/127", 701L)), SYSTEM);

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

    /** What renders or stores every product may not name one: a new product would need an edit there. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void theKernelTheSubscriptionViewAndTheCockpitPluginNameNoProduct(ProductDeclaration declaration)
            throws IOException {
        List<String> names = new ArrayList<>(List.of("'" + declaration.type() + "'", "\"" + declaration.type() + "\""));
        declaration.products().forEach(offer -> names.addAll(List.of("'" + offer.name() + "'",
                "\"" + offer.name() + "\"")));
        declaration.workflows().values().forEach(names::add);
        declaration.blocks().forEach(block -> names.addAll(List.of("subscription." + block.name(),
                "." + block.type().getSimpleName(), " " + block.type().getSimpleName())));
        for (String source : List.of(
                "src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/subscriptions/plugin.js",
                "src/main/java/org/netorch/api/SubscriptionView.java",
                "src/main/java/org/netorch/subscription/Subscription.java",
                "src/main/java/org/netorch/subscription/Lifecycle.java")) {
            String text = Files.readString(Path.of(source));
            assertThat(names).as(source).allSatisfy(name -> assertThat(text).doesNotContain(name));
        }
    }

    @Test
    void aProductSoldIsFoundUnderItsType() {
        assertThat(ProductCatalog.ofProduct(Product.CIRCUIT_100G)).containsSame(CircuitProduct.DECLARATION);
        assertThat(ProductCatalog.ofProduct(Product.NODE)).containsSame(NodeProduct.DECLARATION);
        assertThat(ProductCatalog.ofProduct("Circuit 1T")).isEmpty();
    }
}
