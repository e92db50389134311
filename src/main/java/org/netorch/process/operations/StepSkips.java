package org.netorch.process.operations;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.SubscriptionService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a workflow past a failed or waiting step its diagram marks skippable ({@link SkipMark}), without running it,
 * and records on its subscriptions who skipped it, what they confirm was done by hand, and why. Whether the step's
 * effect is really there is for validation to find out.
 */
@Service
public class StepSkips {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final ProcessSubscriptions processSubscriptions;
    private final SubscriptionService subscriptions;
    private final WithoutEngineAuthorization withoutEngineAuthorization;

    StepSkips(RuntimeService runtimeService, HistoryService historyService, RepositoryService repositoryService,
            ProcessSubscriptions processSubscriptions, SubscriptionService subscriptions,
            WithoutEngineAuthorization withoutEngineAuthorization) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.processSubscriptions = processSubscriptions;
        this.subscriptions = subscriptions;
        this.withoutEngineAuthorization = withoutEngineAuthorization;
    }

    /**
     * @throws ProcessNotFoundException for an unknown process
     * @throws ProcessConflictException for a process that has ended
     * @throws InvalidInputException for a missing step or reason (400), or a step the diagram does not let anyone
     *     skip, or one the process is not at (409)
     * @throws AccessDeniedException when an operator asks to skip a step only admins may skip
     */
    @Transactional
    public void skip(String processInstanceId, String activityId, String reason, String actor, boolean admin) {
        ProcessInstance instance = runningInstance(processInstanceId);
        if (activityId == null || activityId.isBlank()) {
            throw new InvalidInputException("activity", "is required: the id of the step to skip");
        }
        String why = requireReason(reason);
        Activity step = step(instance, activityId.trim());
        String label = label(step);
        SkipMark mark = SkipMark.of(step).orElseThrow(() -> InvalidInputException.conflict("activity",
                label + " may not be skipped: its diagram does not mark it skippable"));
        if (!admin && !mark.operatorsMay()) {
            throw new AccessDeniedException(label + " may be skipped by admins only");
        }
        if (!standsAt(processInstanceId, step.getId())) {
            throw InvalidInputException.conflict("activity", "process " + processInstanceId + " is not at "
                    + label + "; only a step that failed or waits can be skipped");
        }

        AuditContext ctx = AuditContext.user(actor, ProcessCommands.VIA).withStep(processInstanceId, step.getId())
                .because(why);
        for (UUID subscriptionId : processSubscriptions.of(processInstanceId)) {
            subscriptions.recordStepSkipped(subscriptionId, mark.confirms(), ctx);
        }
        // Cancelled first, so that the instance ends at its own end event when the steps after this one run through:
        // cancelling its last token afterwards would end it as cancelled. Those steps run as usual, listeners and input
        // mappings included (a task's create listener names it and renders its config, a shared delegate reads its
        // inputs). The skipped step's job and incident go with it.
        withoutEngineAuthorization.run(() -> runtimeService.createProcessInstanceModification(processInstanceId)
                .cancelAllForActivity(step.getId())
                .startAfterActivity(step.getId())
                .setAnnotation("Skipped by " + actor + ": " + why)
                .execute(false, false));
    }

    private ProcessInstance runningInstance(String processInstanceId) {
        ProcessInstance instance = runningInstanceOrNull(processInstanceId);
        if (instance != null) {
            return instance;
        }
        requireKnown(processInstanceId);
        throw new ProcessConflictException("process " + processInstanceId + " has already ended");
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say what was done by hand and why");
        }
        if (reason.length() > ProcessCommands.MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "must be at most " + ProcessCommands.MAX_REASON_LENGTH
                    + " characters");
        }
        return reason.trim();
    }

    private Activity step(ProcessInstance instance, String activityId) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementById(activityId);
        if (element instanceof Activity activity) {
            return activity;
        }
        throw new InvalidInputException("activity", "'" + activityId + "' is not a step of this workflow");
    }

    /**
     * The steps the instance stands at (failed or waiting) that its diagram marks skippable; none once it ended.
     *
     * @throws ProcessNotFoundException for an unknown process
     */
    public List<SkippableStep> skippableNow(String processInstanceId) {
        ProcessInstance instance = runningInstanceOrNull(processInstanceId);
        if (instance == null) {
            requireKnown(processInstanceId);
            return List.of();
        }
        var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        return StandingAt.activities(runtimeService.getActivityInstance(processInstanceId)).stream()
                .map(model::<ModelElementInstance>getModelElementById)
                .filter(Activity.class::isInstance).map(Activity.class::cast)
                .flatMap(step -> SkipMark.of(step).map(mark -> new SkippableStep(step.getId(), step.getName(),
                        mark.confirms(), mark.operatorsMay())).stream())
                .toList();
    }

    /** A step an operator (or, unless {@code operatorsMay}, an admin) may skip now, and what they then confirm. */
    public record SkippableStep(String activity, String name, String confirms, boolean operatorsMay) {
    }

    private boolean standsAt(String processInstanceId, String activityId) {
        return StandingAt.activities(runtimeService.getActivityInstance(processInstanceId)).contains(activityId);
    }

    private void requireKnown(String processInstanceId) {
        if (historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            throw new ProcessNotFoundException("no process with id " + processInstanceId);
        }
    }

    private ProcessInstance runningInstanceOrNull(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    private static String label(Activity step) {
        return step.getName() == null ? step.getId() : "'" + step.getName() + "' (" + step.getId() + ")";
    }
}
