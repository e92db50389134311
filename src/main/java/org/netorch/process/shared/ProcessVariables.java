package org.netorch.process.shared;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables every workflow shares: their names, and one typed accessor for each (see {@link ProcessVariable}),
 * so no step parses a variable where it needs it.
 */
public final class ProcessVariables {

    /** The name only: which subscription a step works on comes from {@link OwnSubscription}, never a variable. */
    public static final String SUBSCRIPTION_ID = SubscriptionChoice.FIELD;
    public static final String CUSTOMER_ID = "customer_id";
    public static final String CONFIG_TEXT = "config_text";
    public static final String CONFIG_APPLIED = "config_applied";

    /** Input parameter of every serviceTask_setStatus…: the lifecycle status to move to. */
    public static final String STATUS_PARAMETER = "status";
    /** Input parameter of steps several products' diagrams share: the product type the diagram works on. */
    public static final String PRODUCT_TYPE_PARAMETER = "product_type";
    /** The choice of an ACTIVE, in-sync subscription (validate_node, validate_circuit): a select's options. */
    public static final String SUBSCRIPTION_OPTIONS = "subscription_options";
    /** How many differences from NetBox a validation has recorded so far. */
    public static final String DIFFERENCE_COUNT = "difference_count";

    private static final ProcessVariable<String> CUSTOMER = ProcessVariable.text(CUSTOMER_ID);
    private static final ProcessVariable<String> CONFIG = ProcessVariable.text(CONFIG_TEXT);
    private static final ProcessVariable<Boolean> APPLIED = ProcessVariable.flag(CONFIG_APPLIED);
    private static final ProcessVariable<String> STATUS = ProcessVariable.text(STATUS_PARAMETER);
    private static final ProcessVariable<String> PRODUCT_TYPE = ProcessVariable.text(PRODUCT_TYPE_PARAMETER);
    private static final ProcessVariable<List<SelectOption>> OPTIONS = ProcessVariable.options(SUBSCRIPTION_OPTIONS);
    private static final ProcessVariable<Integer> DIFFERENCES = ProcessVariable.number(DIFFERENCE_COUNT);

    private ProcessVariables() {
    }

    public static Optional<String> customerId(VariableScope scope) {
        return CUSTOMER.find(scope);
    }

    /** Task-local: the configuration the operator applies, shown by the task's form. */
    public static void showConfig(VariableScope task, String configText) {
        CONFIG.setLocal(task, configText);
    }

    /** True only when the operator ticked the box; anything else, even "true" as text, is not a confirmation. */
    public static boolean configApplied(VariableScope scope) {
        return APPLIED.parse(APPLIED.raw(scope)).orElse(false);
    }

    /** A box ticked for an earlier configuration must not pre-tick the next one. */
    public static void forgetConfigApplied(VariableScope execution) {
        APPLIED.remove(execution);
    }

    /** The input parameter {@code status} of the service task being run. */
    public static String statusParameter(VariableScope execution) {
        return STATUS.get(execution);
    }

    /** The input parameter {@code product_type} of the step being run: {@code Node} or {@code Circuit}. */
    public static String productTypeParameter(VariableScope execution) {
        return PRODUCT_TYPE.get(execution);
    }

    public static void offerSubscriptions(VariableScope execution, List<SelectOption> options) {
        OPTIONS.set(execution, options);
    }

    /** Adds to the differences found so far; a validation step that found none still sets the count. */
    public static void countDifferences(VariableScope execution, int found) {
        DIFFERENCES.set(execution, DIFFERENCES.find(execution).orElse(0) + found);
    }
}
