package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A device interface; {@code speed} is in kbps as NetBox stores it, null when unset. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Interface(
        long id,
        String name,
        String display,
        Ref device,
        Choice type,
        boolean enabled,
        Long speed,
        @JsonProperty("mark_connected") boolean markConnected,
        Ref cable,
        @JsonProperty("cable_end") String cableEnd,
        String description,
        @JsonProperty("_occupied") boolean occupied) {

    public Interface {
        description = Json.orEmpty(description);
    }

    public boolean isCabled() {
        return cable != null;
    }
}
