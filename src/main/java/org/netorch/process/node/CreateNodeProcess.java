package org.netorch.process.node;

/** Names in bpmn/create_node.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class CreateNodeProcess {

    public static final String KEY = "create_node";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    public static final String START_EVENT = "startEvent_nodeRequested";
    public static final String LIST_CANDIDATE_DEVICES = "serviceTask_listCandidateDevices";
    public static final String SELECT_NODE = "userTask_selectNode";
    public static final String CONSTRUCT_NODE_MODEL = "serviceTask_constructNodeModel";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String FETCH_IP_ADDRESS_INFORMATION = "serviceTask_fetchIpAddressInformation";
    public static final String SET_STATUS_PROVISIONING = "serviceTask_setStatusProvisioning";
    public static final String CONFIRM_NODE_CONFIG = "userTask_confirmNodeConfig";
    public static final String UPDATE_NODE_STATUS_IN_NETBOX = "serviceTask_updateNodeStatusInNetBox";
    public static final String SET_STATUS_ACTIVE = "serviceTask_setStatusActive";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_NODE_ACTIVE = "endEvent_nodeActive";
    public static final String END_DEVICE_ALREADY_ENROLLED = "endEvent_deviceAlreadyEnrolled";

    public static final String ERROR_DEVICE_ALREADY_ENROLLED = "DEVICE_ALREADY_ENROLLED";

    public static final String DEVICE_ID = "device_id";
    public static final String DEVICE_OPTIONS = "device_options";
    public static final String NODE_NAME = "node_name";

    public static final String SELECT_NODE_FORM = "select-node";
    public static final String CONFIRM_NODE_CONFIG_FORM = "confirm-node-config";

    private CreateNodeProcess() {
    }
}
