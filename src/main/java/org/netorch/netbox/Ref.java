package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** A brief (nested) NetBox object. Older nested forms give only the bare id, which is accepted too. */
public record Ref(long id, String url, String display, String name) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Ref from(JsonNode node) {
        if (node.isObject()) {
            return new Ref(node.path("id").asLong(), Json.text(node.get("url")),
                    Json.text(node.get("display")), Json.text(node.get("name")));
        }
        return new Ref(node.asLong(), null, null, null);
    }
}
