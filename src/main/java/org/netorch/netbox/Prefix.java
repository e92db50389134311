package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Prefix(
        long id,
        String prefix,
        Family family,
        Choice status,
        @JsonProperty("is_pool") boolean isPool,
        String description,
        Ref vrf) {

    public Prefix {
        description = Json.orEmpty(description);
    }
}
