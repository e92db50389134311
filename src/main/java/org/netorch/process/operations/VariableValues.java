package org.netorch.process.operations;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;

/** Turns a process variable into plain JSON-ready Java (maps, lists, strings, numbers, booleans). */
final class VariableValues {

    private VariableValues() {
    }

    static Object plain(Object value, ObjectMapper json) {
        if (value instanceof SpinJsonNode spin) {
            try {
                return json.readValue(spin.toString(), Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json.convertValue(value, Object.class);
    }
}
