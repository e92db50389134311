package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** A VLAN as an interface names it (brief); a bare id, as old nested forms give, is accepted too. */
public record VlanRef(long id, Integer vid, String name) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static VlanRef from(JsonNode node) {
        if (node.isObject()) {
            return new VlanRef(node.path("id").asLong(), node.hasNonNull("vid") ? node.get("vid").asInt() : null,
                    Json.text(node.get("name")));
        }
        return new VlanRef(node.asLong(), null, null);
    }
}
