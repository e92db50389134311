package org.netorch.process.node;

import org.netorch.process.shared.Refusal;
import org.netorch.process.shared.WorkflowAbort;

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
    public static final String END_CHOICE_REFUSED = "endEvent_choiceRefused";

    /** The abort path. */
    public static final String SET_DEVICE_PLANNED_IN_NETBOX = "serviceTask_setDevicePlannedInNetBox";
    public static final String MESSAGE_ABORT_REQUESTED = WorkflowAbort.MESSAGE;
    public static final String ABORT_REQUESTED = WorkflowAbort.START_EVENT;
    public static final String TERMINATE_ABORTED_SUBSCRIPTION = WorkflowAbort.TERMINATE_ABORTED_SUBSCRIPTION;
    public static final String END_ABORTED = WorkflowAbort.END_EVENT;

    public static final String ERROR_CHOICE_REFUSED = Refusal.ERROR_CHOICE_REFUSED;

    public static final String DEVICE_ID = "device_id";
    public static final String DEVICE_OPTIONS = "device_options";
    public static final String NODE_NAME = "node_name";

    public static final String SELECT_NODE_FORM = "select-node";
    public static final String CONFIRM_NODE_CONFIG_FORM = "confirm-node-config";

    private CreateNodeProcess() {
    }
}
