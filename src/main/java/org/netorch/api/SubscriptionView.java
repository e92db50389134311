package org.netorch.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.subscription.Subscription;

/** A subscription as the API shows it: its own fields, then each of its blocks by name, as the product declares it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(UUID id, String product, String productType, Map<String, String> fixedInputs,
        String customerId, String description, String status, boolean insync, Instant startDate, Instant endDate,
        String note, long version, Instant createdAt, @JsonIgnore Map<String, JsonNode> blocks) {

    private static final ObjectMapper DOCUMENTS = new ObjectMapper();

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.product().name(), s.product().productType(), s.product().fixedInputs(),
                s.customerId(), s.description(), s.status().name(), s.insync(), s.startDate(), s.endDate(), s.note(),
                s.version(), s.createdAt(), blocks(s));
    }

    @JsonAnyGetter
    Map<String, JsonNode> blockFields() {
        return blocks;
    }

    private static Map<String, JsonNode> blocks(Subscription s) {
        Map<String, JsonNode> blocks = new LinkedHashMap<>();
        s.blockDocuments().forEach((name, document) -> {
            try {
                blocks.put(name, DOCUMENTS.readTree(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("block " + name + " of subscription " + s.id() + " is not JSON", e);
            }
        });
        return blocks;
    }
}
