package org.netorch.process.node;

/** Names in bpmn/terminate_node.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class TerminateNodeProcess {

    public static final String KEY = "terminate_node";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    public static final String START_EVENT = "startEvent_nodeTerminationRequested";
    public static final String LIST_TERMINABLE_NODES = "serviceTask_listTerminableNodes";
    public static final String CHOOSE_NODE = "userTask_chooseNodeToTerminate";
    public static final String LOCK_SUBSCRIPTION = "serviceTask_lockSubscriptionForTermination";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String DECOMMISSION_DEVICE_IN_NETBOX = "serviceTask_decommissionDeviceInNetBox";
    public static final String SET_STATUS_TERMINATED = "serviceTask_setStatusTerminated";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_NODE_TERMINATED = "endEvent_nodeTerminated";
    public static final String END_SUBSCRIPTION_BUSY = "endEvent_subscriptionBusy";

    public static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    public static final String SUBSCRIPTION_ID = "subscription_id";
    public static final String NODE_OPTIONS = "node_options";

    public static final String CHOOSE_NODE_FORM = "choose-node-to-terminate";

    private TerminateNodeProcess() {
    }
}
