package org.netorch.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block as stored: a JSON document whose names are the record's components in snake_case, as the API shows them.
 * Audit names are the document's paths under the block's name ({@code circuit.endpoint_a.port_id}).
 */
final class BlockDocuments {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BlockDocuments() {
    }

    static String write(Record block) {
        try {
            return JSON.writeValueAsString(block);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write block " + block, e);
        }
    }

    static <B extends Record> B read(String content, Class<B> type) {
        try {
            return JSON.readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getMessage(), e);
        }
    }

    /** Every value the block holds by its audit name; a field the block leaves empty is absent. */
    static Map<String, Object> values(String blockName, Record block) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (block != null) {
            flatten(blockName, JSON.valueToTree(block), values);
        }
        return values;
    }

    /** The block with one field, named by its audit name, set to a value read from its audit text. */
    @SuppressWarnings("unchecked")
    static <B extends Record> B with(B block, String blockName, String field, String text,
                                     ProductDeclaration.FieldType type) {
        ObjectNode tree = JSON.valueToTree(block);
        String[] path = field.substring(blockName.length() + 1).split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.withObjectProperty(path[i]);
        }
        String leaf = path[path.length - 1];
        if (text == null) {
            parent.remove(leaf);
        } else {
            switch (type) {
                case FLAG -> parent.put(leaf, Boolean.parseBoolean(text));
                case NUMBER, NETBOX_ID -> parent.put(leaf, Long.parseLong(text));
                default -> parent.put(leaf, text);
            }
        }
        return JSON.convertValue(tree, (Class<B>) block.getClass());
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> values) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(name, value, values);
            } else if (value.isBoolean()) {
                values.put(name, value.booleanValue());
            } else if (value.isNumber()) {
                values.put(name, value.numberValue());
            } else if (!value.isNull()) {
                values.put(name, value.asText());
            }
        }
    }
}
