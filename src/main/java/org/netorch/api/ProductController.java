package org.netorch.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.netorch.subscription.ProductCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Viewers and up: every product type as declared (products, blocks and fields, dependencies, NetBox resources,
 * claims, workflows), so a client renders lists, filters, block panels and actions without knowing any product.
 */
@RestController
@Tag(name = "Products", description = "The product declarations the orchestrator runs")
class ProductController {

    @GetMapping("/api/products")
    @Operation(summary = "Every product type with its products, blocks, dependencies, NetBox resources, claims and "
            + "workflows")
    List<ProductView> products() {
        return ProductCatalog.all().stream().map(ProductView::of).toList();
    }
}
