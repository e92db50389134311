package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Writes one object's fields in the order they are given, leaving out those the selection does not include; a
 * related object or a count is only looked up when its field is included.
 */
final class FieldWriter {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();
    private final FieldSelection selection;

    FieldWriter(FieldSelection selection) {
        this.selection = selection;
    }

    FieldWriter put(String name, String value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter put(String name, int value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter put(String name, long value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter put(String name, Integer value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter put(String name, Long value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter put(String name, Double value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter put(String name, boolean value) {
        return write(name, () -> node.put(name, value));
    }

    FieldWriter set(String name, Supplier<? extends JsonNode> value) {
        return write(name, () -> node.set(name, value.get()));
    }

    FieldWriter count(String name, LongSupplier count) {
        return write(name, () -> node.put(name, count.getAsLong()));
    }

    FieldWriter nulls(String... names) {
        for (String name : names) {
            write(name, () -> node.putNull(name));
        }
        return this;
    }

    FieldWriter emptyList(String name) {
        return write(name, () -> node.putArray(name));
    }

    FieldWriter emptyObject(String name) {
        return write(name, () -> node.putObject(name));
    }

    ObjectNode node() {
        return node;
    }

    private FieldWriter write(String name, Runnable field) {
        if (selection.includes(name)) {
            field.run();
        }
        return this;
    }
}
