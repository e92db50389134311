package org.netorch.process.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class TaskFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsKeyedFieldsInFormOrderIncludingThoseInsideGroups() {
        TaskForm form = parse("""
                {"components": [
                  {"type": "text", "text": "Config for {{ node_name }}:\\n```\\n{{config_text}}\\n```"},
                  {"type": "group", "label": "Endpoint A", "components": [
                    {"key": "a_port", "type": "select", "label": "Port A", "valuesKey": "a_port_options",
                     "validate": {"required": true}}]},
                  {"key": "applied", "type": "checkbox", "label": "Configuration applied",
                   "validate": {"required": true}}
                ]}""", Map.of("a_port_options", List.of("1/1/c1/1", "1/1/c2/1")));

        assertThat(form.fields()).extracting(FormField::key).containsExactly("a_port", "applied");
        assertThat(form.fields().get(0).options()).containsExactly(
                new FormField.Option("1/1/c1/1", "1/1/c1/1"), new FormField.Option("1/1/c2/1", "1/1/c2/1"));
        assertThat(form.shownVariables()).containsExactly("node_name", "config_text");
    }

    @Test
    void takesSelectOptionsFromASpinJsonVariable() {
        TaskForm form = parse("""
                {"components": [{"key": "device_id", "type": "select", "valuesKey": "device_options"}]}""",
                Map.of("device_options", Spin.JSON("[{\"label\": \"loc1-core\", \"value\": \"7\"}]")));

        assertThat(form.fields().get(0).options()).containsExactly(new FormField.Option("loc1-core", "7"));
    }

    @Test
    void aSelectWhoseOptionsVariableIsMissingOffersNothing() {
        TaskForm form = parse("""
                {"components": [{"key": "device_id", "type": "select", "valuesKey": "device_options"}]}""",
                Map.of());

        assertThat(form.fields().get(0).options()).isEmpty();
    }

    @Test
    void aConditionallyHiddenFieldIsNotRequiredBecauseItsConditionRunsOnlyInTheBrowser() {
        TaskForm form = parse("""
                {"components": [{"key": "b_port", "type": "textfield", "validate": {"required": true},
                                 "conditional": {"hide": "=router_b = null"}}]}""", Map.of());

        assertThat(form.fields().get(0).required()).isFalse();
    }

    private static TaskForm parse(String schema, Map<String, Object> variables) {
        try {
            JsonNode node = JSON.readTree(schema);
            return TaskForm.parse(node, variables::get, JSON);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
