package org.netorch.process.shared;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.netorch.subscription.AuditContext;
import org.springframework.stereotype.Component;

/**
 * Who made a change in a workflow step: the user whose Tasklist or API request runs it, or, for a step the job
 * executor runs, the user who started the process ({@code via = job}) as the engine recorded it (for a process
 * another one called, the user who started that one), never a process variable, which any later caller could change.
 */
@Component
public class ProcessAudit {

    public static final String VIA_USER = "user";
    public static final String VIA_JOB = "job";

    private final IdentityService identityService;
    private final ProcessStarters processStarters;

    ProcessAudit(IdentityService identityService, ProcessStarters processStarters) {
        this.identityService = identityService;
        this.processStarters = processStarters;
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
        return processStarters.startUser(processInstanceId)
                .map(startedBy -> AuditContext.user(startedBy, VIA_JOB))
                .orElseGet(() -> new AuditContext(AuditContext.SYSTEM, VIA_JOB, null, null));
    }
}
