package org.netorch.api;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.netorch.process.operations.ProcessHistory;
import org.netorch.process.operations.SubscriptionResync;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.ProductRepository;
import org.netorch.subscription.ProcessLinkRepository;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionEventRepository;
import org.netorch.subscription.SubscriptionQueries;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionSearch;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/subscriptions")
@PreAuthorize("hasRole('VIEWER')")
@Tag(name = "Subscriptions", description = "Customer subscriptions, their product blocks and audit trail")
class SubscriptionController {

    private final SubscriptionQueries queries;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionEventRepository events;
    private final ProcessLinkRepository processLinks;
    private final ProductRepository products;
    private final ProcessHistory processHistory;
    private final SubscriptionResync resync;
    private final ObjectMapper json;

    SubscriptionController(SubscriptionQueries queries, SubscriptionRepository subscriptions,
            SubscriptionEventRepository events, ProcessLinkRepository processLinks, ProductRepository products,
            ProcessHistory processHistory, SubscriptionResync resync, ObjectMapper json) {
        this.queries = queries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.processLinks = processLinks;
        this.products = products;
        this.processHistory = processHistory;
        this.resync = resync;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "A page of subscriptions, newest first, filtered by product name, status and description text")
    SubscriptionPage list(@RequestParam(required = false) String product,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean insync,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        var search = new SubscriptionSearch(productName(product), status(status), q == null || q.isBlank() ? null : q,
                insync);
        Page<Subscription> found = queries.search(search, PageRequest.of(page, size));
        return new SubscriptionPage(found.map(SubscriptionView::of).getContent(), found.getTotalElements(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription with its product block")
    SubscriptionView get(@PathVariable UUID id) {
        return SubscriptionView.of(queries.find(id)
                .orElseThrow(() -> new NotFoundException("No subscription with id " + id)));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The audit trail of a subscription, oldest first")
    List<SubscriptionEventView> events(@PathVariable UUID id) {
        find(id);
        return events.findBySubscriptionIdOrderByIdAsc(id).stream().map(SubscriptionEventView::of).toList();
    }

    @GetMapping("/{id}/processes")
    @Operation(summary = "The workflows that worked on a subscription, oldest first")
    List<ProcessSummaryView> processes(@PathVariable UUID id) {
        find(id);
        var links = processLinks.findBySubscriptionIdOrderByCreatedAtAscProcessInstanceIdAsc(id);
        return links.stream()
                .map(link -> ProcessSummaryView.of(link, processHistory.summary(link.processInstanceId())))
                .toList();
    }

    @PutMapping("/{id}/insync")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Declare a subscription in sync again after a failed or aborted workflow, with the reason "
            + "(required, at most 1000 characters) that the audit trail keeps; refused (409) while a workflow still "
            + "works on it")
    SubscriptionView markInSync(@PathVariable UUID id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = InSyncRequest.class)))
            @RequestBody(required = false) JsonNode request, Principal operator) {
        String reason = JsonBodies.text(JsonBodies.object(json, request, "body"), "reason");
        find(id);
        return SubscriptionView.of(resync.markInSync(id, AuditContext.user(operator.getName(), "api"), reason));
    }

    private Subscription find(UUID id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("No subscription with id " + id));
    }

    private String productName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return products.findByName(name).map(Product::name).orElseThrow(() -> new InvalidParameterException("product",
                "unknown product '" + name + "'; known products: "
                        + products.findAll().stream().map(Product::name).sorted().collect(Collectors.joining(", "))));
    }

    private static SubscriptionStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SubscriptionStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "unknown status '" + value + "'; one of "
                    + Arrays.stream(SubscriptionStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
