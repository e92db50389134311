package org.netorch.subscription;

import java.util.List;
import java.util.Optional;

/** Every product type the orchestrator runs: the one list a new product's declaration is added to. */
public final class ProductCatalog {

    private static final List<ProductDeclaration> DECLARATIONS = List.of(NodeProduct.DECLARATION,
            CircuitProduct.DECLARATION);

    private ProductCatalog() {
    }

    public static List<ProductDeclaration> all() {
        return DECLARATIONS;
    }

    public static Optional<ProductDeclaration> ofType(String productType) {
        return DECLARATIONS.stream().filter(declaration -> declaration.type().equals(productType)).findFirst();
    }

    /** The declaration a product (as sold, e.g. {@code Circuit 400G}) belongs to. */
    public static Optional<ProductDeclaration> ofProduct(String productName) {
        return DECLARATIONS.stream()
                .filter(declaration -> declaration.products().stream().anyMatch(p -> p.name().equals(productName)))
                .findFirst();
    }
}
