package org.netorch.process.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a workflow's running instances from every older deployed version of its diagram to the newest: one Camunda
 * migration plan per older version, mapping equal activity ids and the renames the workflow's releases declare
 * ({@link ActivityRenames}). Each instance is first tried in a transaction that is rolled back, so a dry run shows
 * exactly Camunda's verdict; the real run moves the instances that passed in a Camunda batch and records the move on
 * their subscriptions.
 */
@Service
public class WorkflowMigrations {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ActivityRenames renames;
    private final ProcessSubscriptions processSubscriptions;
    private final SubscriptionService subscriptions;
    private final WithoutEngineAuthorization withoutEngineAuthorization;
    private final TransactionTemplate transaction;

    WorkflowMigrations(RepositoryService repositoryService, RuntimeService runtimeService, ActivityRenames renames,
            ProcessSubscriptions processSubscriptions, SubscriptionService subscriptions,
            WithoutEngineAuthorization withoutEngineAuthorization, TransactionTemplate transaction) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.renames = renames;
        this.processSubscriptions = processSubscriptions;
        this.subscriptions = subscriptions;
        this.withoutEngineAuthorization = withoutEngineAuthorization;
        this.transaction = transaction;
    }

    /**
     * @throws InvalidInputException when no workflow of that key is deployed
     */
    public MigrationReport migrate(String workflowKey, boolean dryRun, String actor) {
        ProcessDefinition target = repositoryService.createProcessDefinitionQuery().processDefinitionKey(workflowKey)
                .latestVersion().singleResult();
        if (target == null) {
            throw new InvalidInputException("workflow", "no workflow '" + workflowKey + "' is deployed");
        }
        Map<String, String> renamed = applicable(renames.of(workflowKey), target);
        List<MigrationReport.Movable> movable = new ArrayList<>();
        List<MigrationReport.Blocked> blocked = new ArrayList<>();
        List<String> batchIds = new ArrayList<>();
        for (ProcessDefinition source : olderVersions(target)) {
            List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId())
                    .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList();
            if (running.isEmpty()) {
                continue;
            }
            MigrationPlan plan;
            try {
                plan = plan(source, target, renamed);
            } catch (MigrationPlanValidationException e) {
                List<String> reasons = planFailures(e);
                running.forEach(id -> blocked.add(new MigrationReport.Blocked(id, source.getVersion(), at(id),
                        reasons)));
                continue;
            }
            List<String> passed = new ArrayList<>();
            for (String id : running) {
                List<String> reasons = tryMigration(plan, id);
                if (reasons.isEmpty()) {
                    passed.add(id);
                    movable.add(new MigrationReport.Movable(id, source.getVersion(), at(id)));
                } else {
                    blocked.add(new MigrationReport.Blocked(id, source.getVersion(), at(id), reasons));
                }
            }
            if (!dryRun && !passed.isEmpty()) {
                batchIds.add(submit(plan, passed, workflowKey, source.getVersion(), target.getVersion(), actor));
            }
        }
        return new MigrationReport(workflowKey, dryRun, target.getVersion(), target.getId(), renamed, movable,
                blocked, batchIds);
    }

    private List<String> at(String processInstanceId) {
        return List.copyOf(StandingAt.activities(runtimeService.getActivityInstance(processInstanceId)));
    }

    private List<ProcessDefinition> olderVersions(ProcessDefinition target) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
                .orderByProcessDefinitionVersion().asc().list().stream()
                .filter(definition -> definition.getVersion() < target.getVersion()).toList();
    }

    // a rename whose new id the newest version lacks was renamed again or removed since: it cannot be mapped
    private Map<String, String> applicable(Map<String, String> declared, ProcessDefinition target) {
        var model = repositoryService.getBpmnModelInstance(target.getId());
        Map<String, String> applicable = new LinkedHashMap<>();
        declared.forEach((old, renamedTo) -> {
            if (model.getModelElementById(renamedTo) != null && model.getModelElementById(old) == null) {
                applicable.put(old, renamedTo);
            }
        });
        return applicable;
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, Map<String, String> renamed) {
        var sourceModel = repositoryService.getBpmnModelInstance(source.getId());
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId())
                .mapEqualActivities();
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            if (sourceModel.getModelElementById(rename.getKey()) != null) {
                builder = builder.mapActivities(rename.getKey(), rename.getValue());
            }
        }
        return builder.build();
    }

    /** Camunda's reasons why the instance cannot move, found by moving it in a transaction that is rolled back. */
    private List<String> tryMigration(MigrationPlan plan, String processInstanceId) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                withoutEngineAuthorization.run(() -> runtimeService.newMigration(plan)
                        .processInstanceIds(processInstanceId).execute());
                return List.of();
            } catch (RuntimeException e) {
                return instanceFailures(validationFailure(e));
            }
        });
    }

    private String submit(MigrationPlan plan, List<String> processInstanceIds, String workflowKey, int fromVersion,
            int toVersion, String actor) {
        return transaction.execute(status -> {
            String batchId = withoutEngineAuthorization.call(() -> runtimeService.newMigration(plan)
                    .processInstanceIds(processInstanceIds).executeAsync().getId());
            AuditContext ctx = AuditContext.user(actor, ProcessCommands.VIA)
                    .because("migration batch " + batchId);
            for (String processInstanceId : processInstanceIds) {
                for (UUID subscriptionId : processSubscriptions.of(processInstanceId)) {
                    subscriptions.recordProcessMigrated(subscriptionId, workflowKey + " v" + fromVersion,
                            workflowKey + " v" + toVersion, ctx.withStep(processInstanceId, null));
                }
            }
            return batchId;
        });
    }

    private static List<String> planFailures(MigrationPlanValidationException e) {
        List<String> reasons = new ArrayList<>();
        e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
                reasons.add(report.getMigrationInstruction().getSourceActivityId() + " → "
                        + report.getMigrationInstruction().getTargetActivityId() + ": " + failure)));
        e.getValidationReport().getVariableReports().forEach((variable, report) -> report.getFailures()
                .forEach(failure -> reasons.add("variable " + variable + ": " + failure)));
        return reasons.isEmpty() ? List.of(e.getMessage()) : reasons;
    }

    // the engine may wrap what the migration command threw
    private static MigratingProcessInstanceValidationReport validationFailure(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigratingProcessInstanceValidationException refused) {
                return refused.getValidationReport();
            }
        }
        throw failure;
    }

    private static List<String> instanceFailures(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity -> activity.getFailures().forEach(failure ->
                reasons.add(activity.getSourceScopeId() + ": " + failure)));
        report.getTransitionInstanceReports().forEach(transition -> transition.getFailures().forEach(failure ->
                reasons.add(transition.getSourceScopeId() + ": " + failure)));
        return reasons;
    }
}
