package org.netorch.process.circuit;

import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.ValidationOutcome;

/** Names in bpmn/validate_circuit.bpmn and the variables of the workflow; tests check each id exists in the diagram. */
public final class ValidateCircuitProcess {

    public static final String KEY = "validate_circuit";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = ValidationOutcome.END_START_INPUT_REFUSED;

    public static final String START_EVENT = "startEvent_circuitValidationRequested";
    public static final String LIST_ACTIVE_CIRCUITS = "serviceTask_listActiveSubscriptions";
    public static final String CHOOSE_CIRCUIT = "userTask_chooseCircuitToValidate";
    public static final String LOCK_SUBSCRIPTION = "serviceTask_lockSubscription";
    public static final String STORE_PROCESS_SUBSCRIPTION = "serviceTask_storeProcessSubscription";
    public static final String COMPARE_CABLE = "serviceTask_compareCableWithNetBox";
    public static final String COMPARE_PREFIXES = "serviceTask_comparePrefixesWithNetBox";
    public static final String COMPARE_ADDRESSES = "serviceTask_compareEndpointAddressesWithNetBox";
    public static final String SET_IN_SYNC = "serviceTask_setInSync";
    public static final String END_IN_SYNC = ValidationOutcome.END_IN_SYNC;
    public static final String END_DRIFT_FOUND = ValidationOutcome.END_DRIFT_FOUND;
    public static final String END_SUBSCRIPTION_BUSY = ValidationOutcome.END_SUBSCRIPTION_BUSY;

    public static final String ERROR_SUBSCRIPTION_BUSY = "SUBSCRIPTION_BUSY";

    public static final String SUBSCRIPTION_ID = ProcessVariables.SUBSCRIPTION_ID;
    public static final String SUBSCRIPTION_OPTIONS = ProcessVariables.SUBSCRIPTION_OPTIONS;
    public static final String DIFFERENCE_COUNT = ProcessVariables.DIFFERENCE_COUNT;
    /** Input parameter of the compare steps: {@code CABLE}, {@code PREFIXES} or {@code ADDRESSES}. */
    public static final String PART_PARAMETER = CompareCircuitWithNetBoxDelegate.PART_PARAMETER;

    public static final String CHOOSE_CIRCUIT_FORM = "choose-circuit-to-validate";

    private ValidateCircuitProcess() {
    }
}
