package org.netorch.process.circuit;

/** Names in bpmn/modify_circuit.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class ModifyCircuitProcess {

    public static final String KEY = "modify_circuit";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    public static final String START_EVENT = "startEvent_circuitModificationRequested";
    public static final String LIST_MODIFIABLE_CIRCUITS = "serviceTask_listModifiableCircuits";
    public static final String CHOOSE_CIRCUIT = "userTask_chooseCircuitToModify";
    public static final String LOCK_SUBSCRIPTION = "serviceTask_lockSubscription";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String CHOOSE_MAINTENANCE_MODE = "userTask_chooseMaintenanceMode";
    public static final String SET_STATUS_PROVISIONING = "serviceTask_setStatusProvisioning";
    public static final String RECORD_MAINTENANCE_MODE = "serviceTask_recordMaintenanceMode";
    public static final String CONFIRM_CIRCUIT_CONFIG = "userTask_confirmCircuitConfig";
    public static final String SET_STATUS_ACTIVE = "serviceTask_setStatusActive";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_CIRCUIT_MODIFIED = "endEvent_circuitModified";
    public static final String END_SUBSCRIPTION_BUSY = "endEvent_subscriptionBusy";

    public static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    public static final String CIRCUIT_OPTIONS = "circuit_options";
    public static final String UNDER_MAINTENANCE = "under_maintenance";
    public static final String CIRCUIT_DESCRIPTION = "circuit_description";
    /** userTask_confirmCircuitConfig is create_circuit's, with the same listener and form. */
    public static final String NODE_A_NAME = CreateCircuitProcess.NODE_A_NAME;
    public static final String NODE_B_NAME = CreateCircuitProcess.NODE_B_NAME;
    public static final String CONFIG_TEXT_A = CreateCircuitProcess.CONFIG_TEXT_A;
    public static final String CONFIG_TEXT_B = CreateCircuitProcess.CONFIG_TEXT_B;
    public static final String ISIS_METRIC = CreateCircuitProcess.ISIS_METRIC;

    public static final String CHOOSE_CIRCUIT_FORM = "choose-circuit-to-modify";
    public static final String CHOOSE_MAINTENANCE_MODE_FORM = "choose-maintenance-mode";
    public static final String CONFIRM_CIRCUIT_CONFIG_FORM = "confirm-circuit-config";

    private ModifyCircuitProcess() {
    }
}
