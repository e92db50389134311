package org.netorch.process.validation;

import org.netorch.process.shared.ProcessVariables;

/**
 * Names in bpmn/validate_subscriptions.bpmn and the variables of the workflow; tests check each id exists in the
 * diagram.
 */
public final class ValidateSubscriptionsProcess {

    public static final String KEY = "validate_subscriptions";

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    /**
     * A timer start event, which is also where a start by hand begins: Camunda 7 allows no none start event beside a
     * timer start event, and starting an instance by key (our API, Tasklist) begins at the timer start at once.
     */
    public static final String START_EVENT = "startEvent_validationDue";
    public static final String TAKE_NEXT_PRODUCT_TYPE = "serviceTask_takeNextProductType";
    public static final String TAKE_NEXT_BATCH = "serviceTask_takeNextBatch";
    public static final String VALIDATE_SUBSCRIPTION = "callActivity_validateSubscription";
    public static final String SUMMARIZE_VALIDATION = "serviceTask_summarizeValidation";
    public static final String END_VALIDATION_DONE = "endEvent_validationDone";

    /** The ids of the subscriptions the next multi-instance call validates, at most a batch (a JSON list). */
    public static final String BATCH = "batch";
    public static final String BATCH_SIZE = "batch_size";
    /** The last id of the batch before: the walk over one product's subscriptions goes on after it. */
    public static final String BATCH_AFTER = "batch_after";
    /** The product type whose subscriptions the run walks now, in the order the product catalog lists them. */
    public static final String PRODUCT_TYPE = ProcessVariables.PRODUCT_TYPE_PARAMETER;
    /** That product type's validate workflow, which the call activity calls by key; unset once every type is done. */
    public static final String VALIDATE_WORKFLOW = "validate_workflow";

    /** The summary: validated (in sync plus drift), found in sync, found drifted, and taken by another workflow. */
    public static final String CHECKED = "checked";
    public static final String IN_SYNC = "in_sync";
    public static final String DRIFT = "drift";
    public static final String SKIPPED = "skipped";

    private ValidateSubscriptionsProcess() {
    }
}
