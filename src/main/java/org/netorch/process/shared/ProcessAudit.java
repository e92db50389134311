package org.netorch.process.shared;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.netorch.subscription.AuditContext;
import org.springframework.stereotype.Component;

/**
 * Who made a change in a workflow step: the user whose Tasklist or API request runs it, or, for a step the job
 * executor runs, the user who started the process ({@code via = job}).
 */
@Component
public class ProcessAudit {

    public static final String VIA_USER = "user";
    public static final String VIA_JOB = "job";

    private final IdentityService identityService;

    ProcessAudit(IdentityService identityService) {
        this.identityService = identityService;
    }

    public AuditContext of(DelegateExecution execution) {
        return context(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                ProcessVariables.startedBy(execution).orElse(null));
    }

    public AuditContext of(DelegateTask task) {
        return context(task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                ProcessVariables.startedBy(task).orElse(null));
    }

    private AuditContext context(String processInstanceId, String activityId, String startedBy) {
        Authentication current = identityService.getCurrentAuthentication();
        AuditContext who;
        if (current != null && current.getUserId() != null) {
            who = AuditContext.user(current.getUserId(), VIA_USER);
        } else if (startedBy != null) {
            who = AuditContext.user(startedBy, VIA_JOB);
        } else {
            who = new AuditContext(AuditContext.SYSTEM, VIA_JOB, null, null);
        }
        return who.withStep(processInstanceId, activityId);
    }
}
