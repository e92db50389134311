package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** A NetBox choice field, read as {@code {"value","label"}}; bare values of old versions are accepted too. */
public record Choice(String value, String label) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Choice from(JsonNode node) {
        if (node.isObject()) {
            return new Choice(Json.text(node.get("value")), Json.text(node.get("label")));
        }
        return new Choice(node.asText(), node.asText());
    }

    public boolean is(String expected) {
        return expected.equals(value);
    }
}
