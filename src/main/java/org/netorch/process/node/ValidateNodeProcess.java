package org.netorch.process.node;

import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.ValidationOutcome;

/** Names in bpmn/validate_node.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class ValidateNodeProcess {

    public static final String KEY = "validate_node";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = ValidationOutcome.END_START_INPUT_REFUSED;

    public static final String START_EVENT = "startEvent_nodeValidationRequested";
    public static final String LIST_ACTIVE_NODES = "serviceTask_listActiveSubscriptions";
    public static final String CHOOSE_NODE = "userTask_chooseNodeToValidate";
    public static final String LOCK_SUBSCRIPTION = "serviceTask_lockSubscription";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String COMPARE_NODE_WITH_NETBOX = "serviceTask_compareNodeWithNetBox";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_IN_SYNC = ValidationOutcome.END_IN_SYNC;
    public static final String END_DRIFT_FOUND = ValidationOutcome.END_DRIFT_FOUND;
    public static final String END_SUBSCRIPTION_BUSY = ValidationOutcome.END_SUBSCRIPTION_BUSY;

    public static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    public static final String SUBSCRIPTION_ID = ProcessVariables.SUBSCRIPTION_ID;
    public static final String SUBSCRIPTION_OPTIONS = ProcessVariables.SUBSCRIPTION_OPTIONS;
    public static final String DIFFERENCE_COUNT = ProcessVariables.DIFFERENCE_COUNT;

    public static final String CHOOSE_NODE_FORM = "choose-node-to-validate";

    private ValidateNodeProcess() {
    }
}
