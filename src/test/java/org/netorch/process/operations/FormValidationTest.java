package org.netorch.process.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidationTest {

    private static final FormField HOSTNAME = new FormField("hostname", "Hostname", "textfield", true, null, 3, 12,
            "^[a-z0-9-]+$", null, null);
    private static final FormField PORTS = new FormField("ports", "Ports", "checklist", false,
            List.of(new FormField.Option("1/1/c1/1", "11"), new FormField.Option("1/1/c2/1", "12")), null, null,
            null, null, null);
    private static final FormField MTU = new FormField("mtu", "MTU", "number", false, null, null, null, null,
            new BigDecimal("1280"), new BigDecimal("9216"));
    private static final FormField DEVICE = new FormField("device_id", "Device", "select", true,
            List.of(new FormField.Option("loc1-core", "7")), null, null, null, null, null);
    private static final FormField APPLIED = new FormField("applied", "Configuration applied", "checkbox", true,
            null, null, null, null, null, null);
    private static final List<FormField> FORM = List.of(HOSTNAME, PORTS, MTU, DEVICE, APPLIED);

    @Test
    void acceptsWhatTasklistWouldSubmit() {
        assertThatCode(() -> FormValidation.check(FORM, good())).doesNotThrowAnyException();
    }

    @Test
    void anOptionalFieldMayBeLeftOutOrEmpty() {
        Map<String, Object> values = good();
        values.remove("mtu");
        values.put("ports", List.of());

        assertThatCode(() -> FormValidation.check(FORM, values)).doesNotThrowAnyException();
    }

    @Test
    void aSelectValueIsComparedAsText() {
        assertThatCode(() -> FormValidation.check(FORM, with("device_id", 7))).doesNotThrowAnyException();
    }

    @Test
    void textLengthIsMeasuredTrimmedAndThePatternMayMatchAnywhereUnlessAnchored() {
        assertRefused(with("hostname", "  ab  "), "hostname", "at least 3");
        assertRefused(with("hostname", "a-very-long-hostname"), "hostname", "at most 12");
        assertRefused(with("hostname", "Loc1"), "hostname", "pattern");
        assertRefused(with("hostname", 42), "hostname", "text");
    }

    @Test
    void numbersMustBeNumbersWithinTheirLimits() {
        assertRefused(with("mtu", "1500"), "mtu", "must be a number");
        assertRefused(with("mtu", 1000), "mtu", "at least 1280");
        assertRefused(with("mtu", 9216.5), "mtu", "at most 9216");
    }

    @Test
    void everyChoiceOfAChecklistMustBeAnOption() {
        assertRefused(with("ports", List.of("11", "13")), "ports", "'13' is not one of its options: 11, 12");
        assertRefused(with("ports", "11"), "ports", "list");
    }

    @Test
    void aRequiredCheckboxMustBeTickedAndACheckboxTakesOnlyBooleans() {
        assertRefused(with("applied", false), "applied", "checked");
        assertRefused(with("applied", null), "applied", "checked");
        assertRefused(with("applied", "true"), "applied", "true or false");
    }

    @Test
    void anUnknownKeyIsRefusedBeforeAnythingElse() {
        Map<String, Object> values = with("hostname", "");
        values.put("colour", "red");

        assertRefused(values, "colour", "not a field of this task's form");
    }

    @Test
    void aTaskWithoutAFormTakesNothing() {
        assertThatCode(() -> FormValidation.check(List.of(), Map.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> FormValidation.check(List.of(), Map.of("colour", "red")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("colour");
                    assertThat(e.reason()).isEqualTo("is not a field of this task's form; it has none");
                });
    }

    private static void assertRefused(Map<String, Object> values, String field, String hint) {
        assertThatThrownBy(() -> FormValidation.check(FORM, values))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(hint);
                });
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = good();
        values.put(key, value);
        return values;
    }

    private static Map<String, Object> good() {
        Map<String, Object> values = new HashMap<>();
        values.put("hostname", "loc1-core");
        values.put("ports", List.of("11"));
        values.put("mtu", 9000);
        values.put("device_id", "7");
        values.put("applied", true);
        return values;
    }
}
