package org.netorch.process.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed access to one process variable: its name, its type, how to read it whatever type it arrived in (Tasklist
 * submits select values as strings and turns a Long into an Integer; our API sends JSON numbers or strings), and
 * how to write it.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final String type;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, String type, Function<Object, T> reader, Function<T, Object> writer) {
        this.name = name;
        this.type = type;
        this.reader = reader;
        this.writer = writer;
    }

    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, "text", value -> value.toString().trim(), value -> value);
    }

    /** A NetBox object id: a whole number, given as a number or as its digits. */
    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, "NetBox id", ProcessVariable::wholeNumber, value -> value);
    }

    /** Stored as its text, so Tasklist's selects and Cockpit show it as it was chosen. */
    public static ProcessVariable<UUID> uuid(String name) {
        return new ProcessVariable<>(name, "UUID", value -> UUID.fromString(value.toString().trim()),
                UUID::toString);
    }

    /** Only a real boolean: a form's checkbox sends one, and "yes" is not an answer. */
    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, "true or false", value -> {
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw new IllegalArgumentException("not a boolean");
        }, value -> value);
    }

    /** One of an enum's constants, by its name: what an input parameter such as {@code side} holds. */
    public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
        return new ProcessVariable<>(name, "one of " + Arrays.toString(type.getEnumConstants()),
                value -> Enum.valueOf(type, value.toString().trim()), Enum::name);
    }

    public static ProcessVariable<Integer> number(String name) {
        return new ProcessVariable<>(name, "number", value -> Math.toIntExact(wholeNumber(value)), value -> value);
    }

    /** The options of a form's select ({@code valuesKey}), stored as JSON so Tasklist can read them. */
    public static ProcessVariable<List<SelectOption>> options(String name) {
        return new ProcessVariable<>(name, "list of options", ProcessVariable::readOptions, options ->
                Spin.JSON(options.stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList()));
    }

    public String name() {
        return name;
    }

    /** The value the workflow relies on having: missing or malformed is a bug in the workflow, not an input error. */
    public T get(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("variable " + name + " is missing"));
    }

    /** Empty when the variable is not set or blank; a malformed value is a bug in the workflow. */
    public Optional<T> find(VariableScope scope) {
        Object value = raw(scope);
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(value));
        } catch (RuntimeException e) {
            throw new IllegalStateException("variable " + name + " is not a " + type + ": '" + value + "'", e);
        }
    }

    /** The value as given, for checks that refuse bad input with a message of their own. */
    public Object raw(VariableScope scope) {
        return scope.getVariable(name);
    }

    /** Input from a form or our API: empty when missing, blank or not of this variable's type. */
    public Optional<T> parse(Object value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The value as this variable stores it, e.g. for a map of start variables. */
    public Object stored(T value) {
        return writer.apply(value);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, stored(value));
    }

    /** On the task (or the execution) itself, not its parents: what one task shows belongs to that task. */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, stored(value));
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    public static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static long wholeNumber(Object value) {
        if (value instanceof Number number) {
            if (number.doubleValue() != number.longValue()) {
                throw new IllegalArgumentException("not a whole number");
            }
            return number.longValue();
        }
        return Long.parseLong(value.toString().trim());
    }

    private static List<SelectOption> readOptions(Object value) {
        SpinJsonNode json = value instanceof SpinJsonNode node ? node : Spin.JSON(value.toString());
        List<SelectOption> options = new ArrayList<>();
        for (SpinJsonNode option : json.elements()) {
            options.add(new SelectOption(option.prop("label").stringValue(), option.prop("value").stringValue()));
        }
        return options;
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
