package org.netorch.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** Values for an open task's form as our process view shows it, chosen the way an operator in Tasklist chooses. */
final class FormValues {

    private FormValues() {
    }

    /** The first option of every select and a ticked box for every checkbox. */
    static Map<String, Object> firstChoices(JsonNode openTask) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonNode field : openTask.path("fields")) {
            String key = field.path("key").asText();
            if (field.path("type").asText().equals("checkbox")) {
                values.put(key, true);
            } else if (field.path("options").size() > 0) {
                values.put(key, field.path("options").get(0).path("value").asText());
            }
        }
        return values;
    }

    /** The value of the field's first option whose label matches, e.g. the router's name. */
    static String option(JsonNode openTask, String fieldKey, Predicate<String> label) {
        for (JsonNode field : openTask.path("fields")) {
            if (!field.path("key").asText().equals(fieldKey)) {
                continue;
            }
            for (JsonNode option : field.path("options")) {
                if (label.test(option.path("label").asText())) {
                    return option.path("value").asText();
                }
            }
        }
        throw new AssertionError("no option of " + fieldKey + " fits in " + openTask);
    }

    /** Whether the form offers the value as an option of the field. */
    static boolean offers(JsonNode openTask, String fieldKey, String value) {
        for (JsonNode field : openTask.path("fields")) {
            if (field.path("key").asText().equals(fieldKey)) {
                for (JsonNode option : field.path("options")) {
                    if (option.path("value").asText().equals(value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The keys of the form's fields. */
    static Set<String> keys(JsonNode openTask) {
        Set<String> keys = new LinkedHashSet<>();
        openTask.path("fields").forEach(field -> keys.add(field.path("key").asText()));
        return keys;
    }
}
