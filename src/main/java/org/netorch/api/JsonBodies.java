package org.netorch.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.netorch.process.operations.InvalidInputException;

/**
 * Request bodies read by hand: Jackson's binding would turn a number or a boolean into a string without a word, and
 * a body that is not a JSON object must be a 400 naming it.
 */
final class JsonBodies {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private JsonBodies() {
    }

    /** The body as a map; no body at all is an empty one. */
    static Map<String, Object> object(ObjectMapper json, JsonNode body, String name) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (!body.isObject()) {
            throw new InvalidParameterException(name, "must be a JSON object");
        }
        return json.convertValue(body, JSON_OBJECT);
    }

    /** A field that must be a string when present; null when absent. */
    static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value != null && !(value instanceof String)) {
            throw new InvalidInputException(field, "must be a string");
        }
        return (String) value;
    }
}
