package org.netorch.process.shared;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.netorch.subscription.AuditContext;
import org.springframework.stereotype.Component;

/**
 * Who made a change in a workflow step: the user whose Tasklist or API request runs it, or, for a step the job
 * executor runs, the user who started the process ({@code via = job}) as the engine recorded it, never a process
 * variable, which any later caller could change.
 */
@Component
public class ProcessAudit {

    public static final String VIA_USER = "user";
    public static final String VIA_JOB = "job";

    private final IdentityService identityService;
    private final HistoryService historyService;

    ProcessAudit(IdentityService identityService, HistoryService historyService) {
        this.identityService = identityService;
        this.historyService = historyService;
    }

    public AuditContext of(DelegateExecution execution) {
        return context(execution.getProcessInstanceId(), execution.getCurrentActivityId());
    }

    public AuditContext of(DelegateTask task) {
        return context(task.getProcessInstanceId(), task.getTaskDefinitionKey());
    }

    private AuditContext context(String processInstanceId, String activityId) {
        return who(processInstanceId).withStep(processInstanceId, activityId);
    }

    private AuditContext who(String processInstanceId) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return AuditContext.user(current.getUserId(), VIA_USER);
        }
        String startedBy = startUser(processInstanceId);
        return startedBy != null ? AuditContext.user(startedBy, VIA_JOB)
                : new AuditContext(AuditContext.SYSTEM, VIA_JOB, null, null);
    }

    private String startUser(String processInstanceId) {
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return process == null ? null : process.getStartUserId();
    }
}
