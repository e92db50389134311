package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * How a create workflow is aborted over our API (DESIGN §9 "Orphans"): the message its abort event subprocess catches,
 * the variable carrying the operator's note, and the end event the abort path reaches. Camunda calls that end
 * COMPLETED; our API reports it as aborted.
 */
public final class WorkflowAbort {

    public static final String MESSAGE = "abortRequested";
    public static final String SUBPROCESS = "subProcess_abort";
    public static final String START_EVENT = "startEvent_abortRequested";
    public static final String UNDO_NETBOX_WRITES = "intermediateThrowEvent_undoNetBoxWrites";
    public static final String TERMINATE_ABORTED_SUBSCRIPTION = "serviceTask_terminateAbortedSubscription";
    public static final String END_EVENT = "endEvent_aborted";

    /** "Aborted by &lt;user&gt;: &lt;reason&gt;", set by the abort's message correlation. */
    public static final String ABORT_NOTE = "abort_note";

    private static final ProcessVariable<String> NOTE = ProcessVariable.text(ABORT_NOTE);

    private WorkflowAbort() {
    }

    static String note(VariableScope scope) {
        return NOTE.find(scope).orElse("Aborted");
    }

    /**
     * True for an instance that ended on its abort path. Camunda records the event subprocess, not the end event inside
     * it, as the end activity of an instance that one of its event subprocesses ended.
     */
    public static boolean endedAborted(String endActivityId) {
        return SUBPROCESS.equals(endActivityId) || END_EVENT.equals(endActivityId);
    }
}
