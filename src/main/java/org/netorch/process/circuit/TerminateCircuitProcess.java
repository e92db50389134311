package org.netorch.process.circuit;

/** Names in bpmn/terminate_circuit.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class TerminateCircuitProcess {

    public static final String KEY = "terminate_circuit";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    public static final String START_EVENT = "startEvent_circuitTerminationRequested";
    public static final String LIST_TERMINABLE_CIRCUITS = "serviceTask_listTerminableCircuits";
    public static final String CHOOSE_CIRCUIT = "userTask_chooseCircuitToTerminate";
    public static final String LOCK_SUBSCRIPTION = "serviceTask_lockSubscriptionForTermination";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String CONFIRM_CIRCUIT_REMOVAL = "userTask_confirmCircuitRemoval";
    public static final String DELETE_ENDPOINT_ADDRESS_A = "serviceTask_deleteEndpointAddressA";
    public static final String DELETE_ENDPOINT_ADDRESS_B = "serviceTask_deleteEndpointAddressB";
    public static final String DELETE_LINK_PREFIX = "serviceTask_deleteLinkPrefix";
    public static final String DELETE_CIRCUIT_PREFIX = "serviceTask_deleteCircuitPrefix";
    public static final String DELETE_CABLE = "serviceTask_deleteCable";
    public static final String RESTORE_PORT_DESCRIPTION_A = "serviceTask_restorePortDescriptionA";
    public static final String RESTORE_PORT_DESCRIPTION_B = "serviceTask_restorePortDescriptionB";
    public static final String SET_STATUS_TERMINATED = "serviceTask_setStatusTerminated";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_CIRCUIT_TERMINATED = "endEvent_circuitTerminated";
    public static final String END_SUBSCRIPTION_BUSY = "endEvent_subscriptionBusy";

    public static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    public static final String SUBSCRIPTION_ID = "subscription_id";
    public static final String CIRCUIT_OPTIONS = "circuit_options";
    public static final String CONFIG_REMOVED = "config_removed";
    /** Task-local on userTask_confirmCircuitRemoval: the routers' names and what to paste into each. */
    public static final String NODE_A_NAME = "node_a_name";
    public static final String NODE_B_NAME = "node_b_name";
    public static final String CONFIG_TEXT_A = "config_text_a";
    public static final String CONFIG_TEXT_B = "config_text_b";

    /** Input parameter of the steps done once per end: {@code A} or {@code B}. */
    public static final String SIDE_PARAMETER = "side";

    public static final String CHOOSE_CIRCUIT_FORM = "choose-circuit-to-terminate";
    public static final String CONFIRM_CIRCUIT_REMOVAL_FORM = "confirm-circuit-removal";

    private TerminateCircuitProcess() {
    }
}
