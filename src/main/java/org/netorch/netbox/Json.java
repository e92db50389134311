package org.netorch.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

final class Json {

    private Json() {
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static void putIfPresent(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
