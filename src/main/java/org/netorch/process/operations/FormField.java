package org.netorch.process.operations;

import java.math.BigDecimal;
import java.util.List;

/**
 * One keyed component of a deployed Camunda form (form-js), with the checks Tasklist applies to it. {@code options}
 * is null for components that offer no choice.
 */
public record FormField(String key, String label, String type, boolean required, List<Option> options,
        Integer minLength, Integer maxLength, String pattern, BigDecimal min, BigDecimal max) {

    public record Option(String label, String value) {
    }

    boolean isCheckbox() {
        return "checkbox".equals(type);
    }

    boolean isNumber() {
        return "number".equals(type);
    }

    boolean isMultiChoice() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    boolean offersChoices() {
        return options != null;
    }
}
