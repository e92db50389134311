package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a write body field by field, collecting errors with the messages NetBox's serializers give. */
final class FieldReader {

    static final String REQUIRED = "This field is required.";

    private final JsonNode body;
    private final SimulatorStore store;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    FieldReader(JsonNode body, SimulatorStore store) {
        if (body == null || !body.isObject()) {
            String got = body == null ? "null" : body.isArray() ? "list" : body.getNodeType().name().toLowerCase();
            throw NetBoxApiError.field("non_field_errors", "Invalid data. Expected a dictionary, but got " + got + ".");
        }
        this.body = body;
        this.store = store;
    }

    boolean has(String name) {
        return body.has(name);
    }

    JsonNode raw(String name) {
        return body.get(name);
    }

    void error(String name, String message) {
        errors.computeIfAbsent(name, key -> new ArrayList<>()).add(message);
    }

    /** Throws a 400 with every collected field error. */
    void check() {
        if (!errors.isEmpty()) {
            throw NetBoxApiError.fields(errors);
        }
    }

    String text(String name, String current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode value = body.get(name);
        if (value.isNull()) {
            error(name, "This field may not be null.");
            return current;
        }
        if (value.isContainerNode()) {
            error(name, "Not a valid string.");
            return current;
        }
        return value.asText();
    }

    String requiredText(String name) {
        String value = text(name, null);
        if (!body.has(name)) {
            error(name, REQUIRED);
        } else if (value != null && value.isBlank()) {
            error(name, "This field may not be blank.");
        }
        return value;
    }

    String choice(String name, Map<String, String> choices, String current) {
        if (!body.has(name)) {
            return current;
        }
        JsonNode value = body.get(name);
        if (value.isContainerNode()) {
            error(name, "Value must be passed directly (e.g. \"foo\": 123); do not use a dictionary or list.");
            return current;
        }
        if (value.isNull()) {
            error(name, "This field may not be null.");
            return current;
        }
        if (!choices.containsKey(value.asText())) {
            error(name, value.asText() + " is not a valid choice.");
            return current;
        }
        return value.asText();
    }

    /** A choice that may be cleared with null or an empty string, like an IP address's role. */
    String optionalChoice(String name, Map<String, String> choices, String current) {
        JsonNode value = body.get(name);
        if (value != null && (value.isNull() || value.asText().isEmpty())) {
            return null;
        }
        return choice(name, choices, current);
    }

    boolean bool(String name, boolean current) {
        JsonNode value = body.get(name);
        if (value == null) {
            return current;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().toLowerCase();
        if (List.of("true", "1", "yes", "on").contains(text)) {
            return true;
        }
        if (List.of("false", "0", "no", "off").contains(text)) {
            return false;
        }
        error(name, "Must be a valid boolean.");
        return current;
    }

    Long integer(String name, Long current) {
        JsonNode value = body.get(name);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || (value.isTextual() && value.asText().matches("-?\\d+"))) {
            return value.asLong();
        }
        error(name, "A valid integer is required.");
        return current;
    }

    Double decimal(String name, Double current) {
        JsonNode value = body.get(name);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            error(name, "A valid number is required.");
            return current;
        }
    }

    /** A related object given as an id or as attributes ({@code {"slug": "x"}}); null clears it. */
    Long reference(String name, Kind kind, Long current) {
        JsonNode value = body.get(name);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            List<SimObject> matches = store.all(kind).stream().filter(candidate -> matchesAll(candidate, value)).toList();
            if (matches.size() != 1) {
                error(name, "Related object not found using the provided attributes: " + attributeText(value));
                return current;
            }
            return matches.get(0).id;
        }
        if (!(value.isIntegralNumber() || value.asText().matches("\\d+"))) {
            error(name, "Related objects must be referenced by numeric ID or by dictionary of attributes. "
                    + "Received an unrecognized value: " + value.asText());
            return current;
        }
        Optional<SimObject> found = store.find(kind, value.asLong());
        if (found.isEmpty()) {
            error(name, "Related object not found using the provided numeric ID: " + value.asLong());
            return current;
        }
        return found.get().id;
    }

    long requiredReference(String name, Kind kind) {
        if (!body.has(name) || body.get(name).isNull()) {
            error(name, REQUIRED);
            return 0;
        }
        Long id = reference(name, kind, null);
        return id == null ? 0 : id;
    }

    /** A many-to-many field written as a list of ids, such as an interface's tagged VLANs; repeats count once. */
    List<Long> ids(String name, Kind kind, List<Long> current) {
        JsonNode value = body.get(name);
        if (value == null) {
            return current;
        }
        if (!value.isArray()) {
            error(name, value.isNull() ? "This field may not be null."
                    : "Expected a list of items but got type \"" + pythonType(value) + "\".");
            return current;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item.isIntegralNumber() || (item.isTextual() && item.asText().matches("\\d{1,18}")))) {
                error(name, "Incorrect type. Expected pk value, received " + pythonType(item) + ".");
            } else if (store.find(kind, item.asLong()).isEmpty()) {
                error(name, "Invalid pk \"" + item.asText() + "\" - object does not exist.");
            } else if (!ids.contains(item.asLong())) {
                ids.add(item.asLong());
            }
        }
        return ids;
    }

    /** The name Python gives a JSON value's type, as Django REST framework's messages show it. */
    static String pythonType(JsonNode value) {
        if (value.isTextual()) {
            return "str";
        }
        if (value.isBoolean()) {
            return "bool";
        }
        if (value.isIntegralNumber()) {
            return "int";
        }
        if (value.isNumber()) {
            return "float";
        }
        if (value.isObject()) {
            return "dict";
        }
        return value.isArray() ? "list" : "NoneType";
    }

    private boolean matchesAll(SimObject candidate, JsonNode attributes) {
        var fields = attributes.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String actual = field.getKey().equals("id") ? String.valueOf(candidate.id)
                    : store.attribute(candidate, field.getKey());
            if (actual == null || !actual.equals(field.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static String attributeText(JsonNode attributes) {
        StringBuilder text = new StringBuilder("{");
        attributes.fields().forEachRemaining(field -> text.append(text.length() > 1 ? ", " : "")
                .append('\'').append(field.getKey()).append("': '").append(field.getValue().asText()).append('\''));
        return text.append('}').toString();
    }
}
