package org.netorch.process.operations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The keyed fields of a form-js schema and the variables its templates show, read the way Tasklist 7.24 reads them. */
record TaskForm(List<FormField> fields, Set<String> shownVariables) {

    private static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    /** {@code variables} resolves a name as seen from the task; a {@code valuesKey} select takes its options there. */
    static TaskForm parse(JsonNode schema, Function<String, Object> variables, ObjectMapper json) {
        List<FormField> fields = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        collect(schema.path("components"), variables, json, fields, shown);
        return new TaskForm(List.copyOf(fields), shown);
    }

    private static void collect(JsonNode components, Function<String, Object> variables, ObjectMapper json,
            List<FormField> fields, Set<String> shown) {
        for (JsonNode component : components) {
            templateVariables(component.path("text").asText(""), shown);
            templateVariables(component.path("label").asText(""), shown);
            if (component.hasNonNull("key")) {
                fields.add(field(component, variables, json));
            }
            collect(component.path("components"), variables, json, fields, shown);
        }
    }

    private static FormField field(JsonNode component, Function<String, Object> variables, ObjectMapper json) {
        String type = component.path("type").asText();
        JsonNode validate = component.path("validate");
        List<FormField.Option> options = CHOICE_TYPES.contains(type) ? options(component, variables, json) : null;
        // a conditionally hidden field is not submitted; its FEEL condition runs only in the browser, so we cannot
        // tell whether it is hidden and must not insist on a value
        boolean required = validate.path("required").asBoolean(false) && !component.has("conditional");
        return new FormField(component.path("key").asText(), component.path("label").asText(null), type,
                required, options, integer(validate.get("minLength")),
                integer(validate.get("maxLength")), validate.path("pattern").asText(null),
                decimal(validate.get("min")), decimal(validate.get("max")));
    }

    private static List<FormField.Option> options(JsonNode component, Function<String, Object> variables,
            ObjectMapper json) {
        JsonNode values = component.path("values");
        if (component.hasNonNull("valuesKey")) {
            Object choices = VariableValues.plain(variables.apply(component.get("valuesKey").asText()), json);
            values = choices == null ? json.createArrayNode() : json.valueToTree(choices);
        }
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode value : values) {
            // Tasklist turns a plain list of strings under valuesKey into options labelled with themselves
            options.add(value.isObject()
                    ? new FormField.Option(value.path("label").asText(), value.path("value").asText())
                    : new FormField.Option(value.asText(), value.asText()));
        }
        return List.copyOf(options);
    }

    private static void templateVariables(String text, Set<String> shown) {
        Matcher matcher = TEMPLATE_VARIABLE.matcher(text);
        while (matcher.find()) {
            shown.add(matcher.group(1));
        }
    }

    // FEEL expressions ("=…") as limits are evaluated in the browser only; they are not checked here
    private static Integer integer(JsonNode node) {
        return node != null && node.isNumber() ? node.intValue() : null;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }
}
