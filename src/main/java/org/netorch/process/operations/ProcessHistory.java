package org.netorch.process.operations;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.netorch.process.shared.WorkflowAbort;
import org.springframework.stereotype.Component;

/** Reads how a workflow instance stands from Camunda's runtime and history. */
@Component
public class ProcessHistory {

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    ProcessHistory(HistoryService historyService, RuntimeService runtimeService, TaskService taskService) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    public ProcessSummary summary(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return new ProcessSummary(processInstanceId, null, ProcessState.UNKNOWN, null, null, null);
        }
        return summary(instance, state(instance));
    }

    static ProcessSummary summary(HistoricProcessInstance instance, ProcessState state) {
        return new ProcessSummary(instance.getId(), instance.getProcessDefinitionKey(), state,
                instant(instance.getStartTime()), instant(instance.getEndTime()), instance.getStartUserId());
    }

    /** How the instance stands now: ended, failed (an open incident), waiting for a person, or running. */
    public ProcessState state(HistoricProcessInstance instance) {
        String id = instance.getId();
        return switch (instance.getState()) {
            case HistoricProcessInstance.STATE_COMPLETED -> WorkflowAbort.endedAborted(instance.getEndActivityId())
                    ? ProcessState.ABORTED : ProcessState.COMPLETED;
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                    HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> ProcessState.ABORTED;
            default -> {
                if (runtimeService.createIncidentQuery().processInstanceId(id).count() > 0) {
                    yield ProcessState.FAILED;
                }
                if (taskService.createTaskQuery().processInstanceId(id).count() > 0) {
                    yield ProcessState.WAITING;
                }
                yield ProcessState.RUNNING;
            }
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
