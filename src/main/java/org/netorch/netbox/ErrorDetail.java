package org.netorch.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns whatever body NetBox (or a proxy in front of it) sent with an error into one readable line. */
final class ErrorDetail {

    private static final int MAX_TEXT = 200;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorDetail() {
    }

    static String of(String body, String reasonPhrase) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty()) {
            return reasonPhrase;
        }
        try {
            String rendered = render(MAPPER.readTree(trimmed));
            return rendered.isBlank() ? reasonPhrase : rendered;
        } catch (JsonProcessingException notJson) {
            return plainText(trimmed);
        }
    }

    private static String render(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(item -> parts.add(render(item)));
            return String.join("; ", parts);
        }
        if (!node.isObject()) {
            return node.asText();
        }
        if (node.path("detail").isTextual()) {
            return node.get("detail").asText();
        }
        if (node.has("exception") && node.has("error")) {
            return node.get("exception").asText() + ": " + node.get("error").asText();
        }
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            fields.add(field.getKey() + ": " + messages(field.getValue()));
        }
        return String.join("; ", fields);
    }

    private static String messages(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.isValueNode() ? item.asText() : render(item)));
            return String.join(", ", parts);
        }
        return value.isValueNode() ? value.asText() : render(value);
    }

    private static String plainText(String text) {
        String collapsed = text.replaceAll("\\s+", " ");
        return collapsed.length() <= MAX_TEXT ? collapsed : collapsed.substring(0, MAX_TEXT) + "…";
    }
}
