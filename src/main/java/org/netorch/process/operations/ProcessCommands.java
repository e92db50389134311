package org.netorch.process.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.WorkflowAbort;

/** What an operator does to a workflow over our API: start it, complete its task, retry it, abort it. */
@Service
public class ProcessCommands {

    static final String VIA = "api";
    /** Camunda keeps the reason in a 4000-character column; an operator's note is far shorter. */
    static final int MAX_REASON_LENGTH = 1000;
    private static final String NO_REASON = "no reason given";

    private final WorkflowCatalog workflows;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final FormService formService;
    private final ManagementService managementService;
    private final TaskForms taskForms;
    private final ProcessSubscriptions processSubscriptions;
    private final SubscriptionService subscriptions;
    private final WithoutEngineAuthorization withoutEngineAuthorization;
    private final ProcessSearch search;

    ProcessCommands(WorkflowCatalog workflows, RuntimeService runtimeService, HistoryService historyService,
            TaskService taskService, FormService formService, ManagementService managementService,
            TaskForms taskForms, ProcessSubscriptions processSubscriptions, SubscriptionService subscriptions,
            WithoutEngineAuthorization withoutEngineAuthorization, ProcessSearch search) {
        this.workflows = workflows;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.formService = formService;
        this.managementService = managementService;
        this.taskForms = taskForms;
        this.processSubscriptions = processSubscriptions;
        this.subscriptions = subscriptions;
        this.withoutEngineAuthorization = withoutEngineAuthorization;
        this.search = search;
    }

    /**
     * Checks the input with the workflow's definition and starts it; the engine's authenticated user becomes the
     * initiator.
     *
     * @return the process instance id
     * @throws ProcessNotFoundException for a key no workflow definition has
     * @throws InvalidInputException when the definition refuses the input; nothing is started then
     * @throws NetBoxUnavailableException when NetBox, asked by the checks or the first steps, fails to answer
     */
    public String start(String workflowKey, Map<String, Object> input) {
        WorkflowDefinition workflow = workflows.require(workflowKey);
        try {
            Map<String, Object> variables = workflow.startVariables(input);
            return runtimeService.startProcessInstanceByKey(workflowKey, variables).getId();
        } catch (RuntimeException e) {
            throw NetBoxUnavailableException.ifCausedByNetBox(e);
        }
    }

    /**
     * Validates the values against the task's form as Tasklist would (a task without a form takes none), then submits
     * them so the task's complete-listeners make their own checks.
     *
     * @throws InvalidInputException for a value the form refuses
     * @throws FormCheckException when a complete-listener refuses; the task stays open
     * @throws ProcessNotFoundException when the process has no such open task
     * @throws NetBoxUnavailableException when a check that asks NetBox gets no good answer; the task stays open
     */
    public void completeTask(String processInstanceId, String taskId, Map<String, Object> values) {
        historicInstance(processInstanceId);
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskId(taskId)
                .initializeFormKeys().singleResult();
        if (task == null) {
            throw new ProcessNotFoundException("no open task " + taskId + " in process " + processInstanceId);
        }
        FormValidation.check(taskForms.of(task).map(TaskForm::fields).orElse(List.of()), values);
        try {
            formService.submitTaskForm(taskId, values);
        } catch (RuntimeException e) {
            Optional<FormCheckException> refusal = formCheckIn(e);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            throw NetBoxUnavailableException.ifCausedByNetBox(e);
        }
    }

    /** Cockpit's Retry: every job of the process that ran out of retries gets one more. */
    @Transactional
    public void retry(String processInstanceId) {
        historicInstance(processInstanceId);
        if (retryFailedJobs(processInstanceId) == 0) {
            throw new ProcessConflictException("process " + processInstanceId + " has no incident to retry");
        }
    }

    /**
     * Cockpit's Retry for every failed instance the filter matches, newest first, at most {@code limit} of them
     * (e.g. all that failed at one step once NetBox is back).
     */
    @Transactional
    public BulkRetry retryAll(ProcessFilter filter, int limit) {
        List<String> failed = search.ids(filter.withState(ProcessState.FAILED), limit + 1);
        List<String> retried = failed.stream().limit(limit).filter(id -> retryFailedJobs(id) > 0).toList();
        return new BulkRetry(retried, failed.size() > limit);
    }

    /** The instances given one more try, and whether more matched than the limit allowed. */
    public record BulkRetry(List<String> processInstanceIds, boolean more) {
    }

    private int retryFailedJobs(String processInstanceId) {
        List<String> failedJobs = runtimeService.createIncidentQuery().processInstanceId(processInstanceId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list().stream()
                .map(Incident::getConfiguration).distinct().toList();
        failedJobs.forEach(jobId -> managementService.setJobRetries(jobId, 1));
        return failedJobs.size();
    }

    /**
     * Aborts the running instance. A create workflow catches the abort in its diagram: it undoes its NetBox writes by
     * compensation, then terminates the subscription it was creating (which frees its device or ports) and ends at
     * {@link WorkflowAbort#END_EVENT}; NetBox steps of that path run as jobs, so the process may still be running when
     * this returns. Any other workflow is deleted at once, in the same transaction as what becomes of the subscription
     * it touched: modify puts back what it changed and leaves it in sync (see
     * {@link WorkflowDefinition#restoresOnAbort}); the others leave it out of sync for an operator to resolve.
     */
    @Transactional
    public void abort(String processInstanceId, String reason, String actor) {
        HistoricProcessInstance instance = historicInstance(processInstanceId);
        if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            throw new ProcessConflictException("process " + processInstanceId + " has already ended");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        String why = reason == null || reason.isBlank() ? NO_REASON : reason.trim();
        String note = "Aborted by " + actor + ": " + why;
        if (abortUnderWay(processInstanceId)) {
            throw new ProcessConflictException("process " + processInstanceId + " is being aborted already");
        }
        if (catchesAbort(processInstanceId)) {
            asOurApi(() -> runtimeService.createMessageCorrelation(WorkflowAbort.MESSAGE)
                    .processInstanceId(processInstanceId)
                    .setVariable(WorkflowAbort.ABORT_NOTE, note)
                    .correlate());
            return;
        }
        asOurApi(() -> runtimeService.deleteProcessInstance(processInstanceId, note, false, true));

        Optional<WorkflowDefinition> workflow = workflows.find(instance.getProcessDefinitionKey());
        boolean createsSubscription = workflow.map(WorkflowDefinition::createsSubscription).orElse(false);
        boolean restores = workflow.map(WorkflowDefinition::restoresOnAbort).orElse(false);
        AuditContext ctx = AuditContext.user(actor, VIA).withStep(processInstanceId, null);
        for (UUID subscriptionId : processSubscriptions.of(processInstanceId)) {
            if (restores) {
                subscriptions.restoreAfterAbort(subscriptionId, processInstanceId, note, ctx);
            } else {
                subscriptions.abandonedByWorkflow(subscriptionId, createsSubscription, note, ctx);
            }
        }
    }

    private boolean abortUnderWay(String processInstanceId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(WorkflowAbort.START_EVENT).count() > 0;
    }

    private boolean catchesAbort(String processInstanceId) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType(EventType.MESSAGE.name()).eventName(WorkflowAbort.MESSAGE).count() > 0;
    }

    // Operators may abort here, where the subscriptions are put right, but not cancel or modify in Cockpit
    private void asOurApi(Runnable call) {
        withoutEngineAuthorization.run(call);
    }

    private HistoricProcessInstance historicInstance(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new ProcessNotFoundException("no process with id " + processInstanceId);
        }
        return instance;
    }

    // the engine wraps what a task listener throws in its own exception
    private static Optional<FormCheckException> formCheckIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormCheckException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
