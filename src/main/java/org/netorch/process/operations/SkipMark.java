package org.netorch.process.operations;

import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A diagram's mark on a step that may be skipped: what the operator confirms was done by hand instead (property
 * {@value #CONFIRMS}), and whether operators may skip it or admins only (property {@value #BY}: {@value #OPERATORS}
 * or {@value #ADMINS}, admins when absent).
 */
public record SkipMark(String confirms, boolean operatorsMay) {

    public static final String CONFIRMS = "skip_confirms";
    public static final String BY = "skip_by";
    public static final String OPERATORS = "operators";
    public static final String ADMINS = "admins";

    /** The step's mark, if the diagram gives it one; a {@value #BY} other than the two values marks nothing. */
    public static Optional<SkipMark> of(Activity step) {
        String confirms = property(step, CONFIRMS);
        String by = property(step, BY);
        if (confirms == null || confirms.isBlank()) {
            return Optional.empty();
        }
        if (by != null && !by.equals(OPERATORS) && !by.equals(ADMINS)) {
            return Optional.empty();
        }
        return Optional.of(new SkipMark(confirms.trim(), OPERATORS.equals(by)));
    }

    private static String property(Activity step, String name) {
        ExtensionElements extensions = step.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
