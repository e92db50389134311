package org.netorch.process.circuit;

import org.netorch.process.shared.Refusal;
import org.netorch.process.shared.WorkflowAbort;

/** Names in bpmn/create_circuit.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class CreateCircuitProcess {

    public static final String KEY = "create_circuit";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    public static final String START_EVENT = "startEvent_circuitRequested";
    public static final String LIST_NODES = "serviceTask_listNodes";
    public static final String CHOOSE_PRODUCT_AND_NODE_A = "userTask_chooseProductAndNodeA";
    public static final String LIST_B_SIDE_NODES = "serviceTask_listBSideNodes";
    public static final String CHOOSE_NODE_B = "userTask_chooseNodeB";
    public static final String LIST_FREE_PORTS = "serviceTask_listFreePorts";
    public static final String CHOOSE_PORTS = "userTask_choosePorts";
    public static final String CONSTRUCT_CIRCUIT_MODEL = "serviceTask_constructCircuitModel";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String RESERVE_CIRCUIT_PREFIX = "serviceTask_reserveCircuitPrefix";
    public static final String RESERVE_LINK_PREFIX = "serviceTask_reserveLinkPrefix";
    public static final String ASSIGN_ENDPOINT_ADDRESS_A = "serviceTask_assignEndpointAddressA";
    public static final String ASSIGN_ENDPOINT_ADDRESS_B = "serviceTask_assignEndpointAddressB";
    public static final String SET_STATUS_PROVISIONING = "serviceTask_setStatusProvisioning";
    public static final String CREATE_CABLE_IN_NETBOX = "serviceTask_createCableInNetBox";
    public static final String CONFIRM_CIRCUIT_CONFIG = "userTask_confirmCircuitConfig";
    public static final String SET_CABLE_CONNECTED = "serviceTask_setCableConnected";
    public static final String REMOVE_DUPLICATES_FROM_NETBOX = "serviceTask_removeDuplicatesFromNetBox";
    public static final String SET_STATUS_ACTIVE = "serviceTask_setStatusActive";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_CIRCUIT_ACTIVE = "endEvent_circuitActive";
    public static final String END_CHOICE_REFUSED = "endEvent_choiceRefused";

    /** Compensation handlers of the NetBox writes (the delete steps terminate_circuit runs) and the abort path. */
    public static final String DELETE_CIRCUIT_PREFIX = "serviceTask_deleteCircuitPrefix";
    public static final String DELETE_LINK_PREFIX = "serviceTask_deleteLinkPrefix";
    public static final String DELETE_ENDPOINT_ADDRESS_A = "serviceTask_deleteEndpointAddressA";
    public static final String DELETE_ENDPOINT_ADDRESS_B = "serviceTask_deleteEndpointAddressB";
    public static final String DELETE_CABLE = "serviceTask_deleteCable";
    public static final String MESSAGE_ABORT_REQUESTED = WorkflowAbort.MESSAGE;
    public static final String ABORT_REQUESTED = WorkflowAbort.START_EVENT;
    public static final String UNDO_NETBOX_WRITES = WorkflowAbort.UNDO_NETBOX_WRITES;
    public static final String REMOVE_CIRCUIT_FROM_NETBOX = "serviceTask_removeCircuitFromNetBox";
    public static final String TERMINATE_ABORTED_SUBSCRIPTION = WorkflowAbort.TERMINATE_ABORTED_SUBSCRIPTION;
    public static final String END_ABORTED = WorkflowAbort.END_EVENT;

    public static final String ERROR_CHOICE_REFUSED = Refusal.ERROR_CHOICE_REFUSED;

    public static final String PRODUCT = "product";
    public static final String ROUTER_A = "router_a";
    public static final String ROUTER_B = "router_b";
    public static final String A_PORT = "a_port";
    public static final String B_PORT = "b_port";
    public static final String PRODUCT_OPTIONS = "product_options";
    public static final String ROUTER_A_OPTIONS = "router_a_options";
    public static final String ROUTER_B_OPTIONS = "router_b_options";
    public static final String A_PORT_OPTIONS = "a_port_options";
    public static final String B_PORT_OPTIONS = "b_port_options";
    /** Task-local on the port choice and on userTask_confirmCircuitConfig, which modify_circuit shares. */
    public static final String NODE_A_NAME = "node_a_name";
    public static final String NODE_B_NAME = "node_b_name";
    /** Task-local on userTask_confirmCircuitConfig: what the operator applies, and the metric it sets. */
    public static final String CONFIG_TEXT_A = "config_text_a";
    public static final String CONFIG_TEXT_B = "config_text_b";
    public static final String ISIS_METRIC = "isis_metric";

    /** NetBox ids the IPAM and cable steps found or created, kept so an operator sees them in Cockpit. */
    public static final String CIRCUIT_PREFIX_ID = "circuit_prefix_id";
    public static final String CIRCUIT_PREFIX = "circuit_prefix";
    public static final String LINK_PREFIX_ID = "link_prefix_id";
    public static final String LINK_PREFIX = "link_prefix";
    public static final String A_ADDRESS_ID = "a_address_id";
    public static final String B_ADDRESS_ID = "b_address_id";
    public static final String CABLE_ID = "cable_id";

    /** Input parameter of serviceTask_assignEndpointAddress…: which end, {@code A} or {@code B}. */
    public static final String SIDE_PARAMETER = "side";

    public static final String CHOOSE_PRODUCT_AND_NODE_A_FORM = "choose-product-and-node-a";
    public static final String CHOOSE_NODE_B_FORM = "choose-node-b";
    public static final String CHOOSE_PORTS_FORM = "choose-ports";
    public static final String CONFIRM_CIRCUIT_CONFIG_FORM = "confirm-circuit-config";

    private CreateCircuitProcess() {
    }
}
