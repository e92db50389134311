package org.netorch.process.operations;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks form-js 1.8.7 makes in Tasklist before it submits, made again on the server for API callers. One
 * deliberate difference: a required checkbox must be ticked, which is what our "Configuration applied" boxes mean.
 */
final class FormValidation {

    private FormValidation() {
    }

    /** @throws InvalidInputException naming the first unknown key, else the first field, in form order, that fails */
    static void check(List<FormField> fields, Map<String, Object> values) {
        notAField(fields, values.keySet()).ifPresent(refusal -> {
            throw refusal;
        });
        fields.forEach(field -> check(field, values.get(field.key())));
    }

    /**
     * The one rule every completion path shares: a user submits the fields of the task's form and nothing else (a
     * task without a form takes nothing).
     *
     * @return the refusal of the first name that is not a field, if any
     */
    static Optional<InvalidInputException> notAField(List<FormField> fields, Collection<String> names) {
        Set<String> known = fields.stream().map(FormField::key).collect(Collectors.toSet());
        return names.stream().filter(name -> !known.contains(name)).findFirst()
                .map(name -> new InvalidInputException(name, "is not a field of this task's form; " + (fields.isEmpty()
                        ? "it has none"
                        : "fields: " + fields.stream().map(FormField::key).collect(Collectors.joining(", ")))));
    }

    private static void check(FormField field, Object value) {
        if (field.isCheckbox()) {
            checkbox(field, value);
            return;
        }
        if (isEmpty(value)) {
            if (field.required()) {
                throw refused(field, "is required");
            }
            return;
        }
        if (field.isNumber()) {
            number(field, value);
        } else if (field.isMultiChoice()) {
            if (!(value instanceof Collection<?> chosen)) {
                throw refused(field, "must be a list of options");
            }
            chosen.forEach(choice -> choice(field, choice));
        } else if (field.offersChoices()) {
            choice(field, value);
        } else {
            text(field, value);
        }
    }

    private static void checkbox(FormField field, Object value) {
        if (value != null && !(value instanceof Boolean)) {
            throw refused(field, "must be true or false");
        }
        if (field.required() && !Boolean.TRUE.equals(value)) {
            throw refused(field, "is required: it must be checked (true)");
        }
    }

    private static void number(FormField field, Object value) {
        if (!(value instanceof Number number)) {
            throw refused(field, "must be a number");
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        if (field.min() != null && decimal.compareTo(field.min()) < 0) {
            throw refused(field, "must be at least " + field.min().toPlainString());
        }
        if (field.max() != null && decimal.compareTo(field.max()) > 0) {
            throw refused(field, "must be at most " + field.max().toPlainString());
        }
    }

    private static void choice(FormField field, Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw refused(field, "must be one of its options, not a structure");
        }
        String chosen = String.valueOf(value);
        if (field.options().stream().noneMatch(option -> option.value().equals(chosen))) {
            throw refused(field, "'" + chosen + "' is not one of its options: " + field.options().stream()
                    .map(FormField.Option::value).collect(Collectors.joining(", ")));
        }
    }

    private static void text(FormField field, Object value) {
        if (!(value instanceof String text)) {
            throw refused(field, "must be text");
        }
        // form-js measures the trimmed text and looks for the pattern anywhere in it (JavaScript RegExp.test)
        int length = text.trim().length();
        if (field.minLength() != null && length < field.minLength()) {
            throw refused(field, "must have at least " + field.minLength() + " characters");
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            throw refused(field, "must have at most " + field.maxLength() + " characters");
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).find()) {
            throw refused(field, "must match the pattern " + field.pattern());
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty();
    }

    private static InvalidInputException refused(FormField field, String reason) {
        return new InvalidInputException(field.key(), reason);
    }
}
