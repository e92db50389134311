package org.netorch.process.shared;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables every workflow shares: their names, and one typed accessor for each (see {@link ProcessVariable}),
 * so no step parses a variable where it needs it.
 */
public final class ProcessVariables {

    public static final String SUBSCRIPTION_ID = "subscription_id";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String CONFIG_TEXT = "config_text";
    public static final String CONFIG_APPLIED = "config_applied";

    /** Input parameter of every serviceTask_setStatus…: the lifecycle status to move to. */
    public static final String STATUS_PARAMETER = "status";

    private static final ProcessVariable<UUID> SUBSCRIPTION = ProcessVariable.uuid(SUBSCRIPTION_ID);
    private static final ProcessVariable<String> CUSTOMER = ProcessVariable.text(CUSTOMER_ID);
    private static final ProcessVariable<String> CONFIG = ProcessVariable.text(CONFIG_TEXT);
    private static final ProcessVariable<Boolean> APPLIED = ProcessVariable.flag(CONFIG_APPLIED);
    private static final ProcessVariable<String> STATUS = ProcessVariable.text(STATUS_PARAMETER);

    private ProcessVariables() {
    }

    /** The subscription the workflow works on; {@link ProcessVariable} for the choice tasks that offer one. */
    public static ProcessVariable<UUID> subscription() {
        return SUBSCRIPTION;
    }

    /**
     * The subscription the workflow works on. Once the process carries it as its business key, a {@code
     * subscription_id} that names another subscription is refused: no later caller can point a running workflow
     * elsewhere.
     */
    public static UUID subscriptionId(VariableScope scope) {
        UUID id = SUBSCRIPTION.get(scope);
        String businessKey = businessKey(scope);
        if (businessKey != null && !businessKey.equals(id.toString())) {
            throw new SubscriptionMismatchException(id, businessKey);
        }
        return id;
    }

    private static String businessKey(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        if (scope instanceof DelegateTask task) {
            return task.getExecution().getProcessBusinessKey();
        }
        return null;
    }

    public static void setSubscriptionId(VariableScope scope, UUID subscriptionId) {
        SUBSCRIPTION.set(scope, subscriptionId);
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
}
