package org.netorch.netbox;

import com.fasterxml.jackson.databind.JsonNode;

final class Json {

    private Json() {
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
