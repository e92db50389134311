package org.netorch.process.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.netorch.process.shared.Refusal;
import org.netorch.process.shared.StartInputRules;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** Puts together how one workflow instance stands, from Camunda's runtime and history and our process links. */
@Component
public class ProcessDetailsReader {

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final ProcessHistory processHistory;
    private final ProcessSubscriptions processSubscriptions;
    private final TaskForms taskForms;
    private final WorkflowCatalog workflows;
    private final SubscriptionService subscriptions;
    private final ObjectMapper json;

    ProcessDetailsReader(HistoryService historyService, RuntimeService runtimeService, TaskService taskService,
            RepositoryService repositoryService, ProcessHistory processHistory,
            ProcessSubscriptions processSubscriptions, TaskForms taskForms, WorkflowCatalog workflows,
            SubscriptionService subscriptions, ObjectMapper json) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.processHistory = processHistory;
        this.processSubscriptions = processSubscriptions;
        this.taskForms = taskForms;
        this.workflows = workflows;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    /** @throws ProcessNotFoundException when Camunda has no such instance, running or in history */
    public ProcessDetails read(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new ProcessNotFoundException("no process with id " + processInstanceId);
        }
        ProcessState state = processHistory.state(instance);
        List<HistoricActivityInstance> finished = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished()
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
        List<UUID> subscriptionIds = processSubscriptions.of(processInstanceId);
        return new ProcessDetails(processInstanceId, instance.getProcessDefinitionKey(), state,
                state == ProcessState.COMPLETED ? outcome(processInstanceId, finished) : null,
                refusal(processInstanceId), instance.getBusinessKey(), instant(instance.getStartTime()),
                instant(instance.getEndTime()),
                instance.getStartUserId(), steps(finished), openTask(processInstanceId), failure(processInstanceId),
                subscriptionIds, differences(processInstanceId, subscriptionIds),
                summary(processInstanceId, instance.getProcessDefinitionKey()));
    }

    private List<ProcessDetails.Difference> differences(String processInstanceId, List<UUID> subscriptionIds) {
        List<ProcessDetails.Difference> differences = new ArrayList<>();
        for (UUID subscriptionId : subscriptionIds) {
            subscriptions.driftRecordedBy(processInstanceId, List.of(subscriptionId)).forEach(drift ->
                    differences.add(new ProcessDetails.Difference(subscriptionId, drift.field(), drift.expected(),
                            drift.found())));
        }
        return differences;
    }

    /** The workflow's result variables on the process instance itself (not on its inner scopes). */
    private Map<String, Object> summary(String processInstanceId, String workflowKey) {
        List<String> names = workflows.find(workflowKey).map(WorkflowDefinition::summaryVariables).orElse(List.of());
        if (names.isEmpty()) {
            return null;
        }
        Map<String, Object> found = new LinkedHashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(names.toArray(String[]::new)).list().stream()
                .filter(variable -> processInstanceId.equals(variable.getActivityInstanceId()))
                .forEach(variable -> found.put(variable.getName(), plain(variable.getValue())));
        Map<String, Object> summary = new LinkedHashMap<>();
        names.stream().filter(found::containsKey).forEach(name -> summary.put(name, found.get(name)));
        return summary.isEmpty() ? null : summary;
    }

    /** Why the workflow refused its start input, or a choice its construct step could no longer build from. */
    private String refusal(String processInstanceId) {
        for (String name : List.of(StartInputRules.REFUSAL_VARIABLE, Refusal.CHOICE_REFUSED_VARIABLE)) {
            HistoricVariableInstance refusal = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(processInstanceId).variableName(name).singleResult();
            if (refusal != null && refusal.getValue() != null) {
                return refusal.getValue().toString();
            }
        }
        return null;
    }

    private static List<ProcessDetails.Step> steps(List<HistoricActivityInstance> finished) {
        return finished.stream()
                .filter(activity -> !activity.getActivityType().endsWith("Gateway"))
                .map(activity -> new ProcessDetails.Step(activity.getActivityId(), activity.getActivityName(),
                        activity.getActivityType(), instant(activity.getStartTime()), instant(activity.getEndTime())))
                .toList();
    }

    // Camunda records a BPMN error end just like a normal end; the end event reached is what tells them apart
    private static String outcome(String processInstanceId, List<HistoricActivityInstance> finished) {
        List<HistoricActivityInstance> ends = finished.stream()
                .filter(activity -> activity.getActivityType().endsWith("EndEvent"))
                .sorted(Comparator.comparing(HistoricActivityInstance::getEndTime))
                .toList();
        return ends.stream()
                .filter(end -> processInstanceId.equals(end.getParentActivityInstanceId()))
                .reduce((first, second) -> second)
                .or(() -> ends.stream().reduce((first, second) -> second))
                .map(HistoricActivityInstance::getActivityId)
                .orElse(null);
    }

    private ProcessDetails.OpenTask openTask(String processInstanceId) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).active().initializeFormKeys()
                .orderByTaskCreateTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
        if (task == null) {
            return null;
        }
        TaskForm form = taskForms.of(task).orElse(new TaskForm(List.of(), Set.of()));
        Map<String, Object> shown = new LinkedHashMap<>();
        taskService.getVariablesLocal(task.getId()).forEach((name, value) -> shown.put(name, plain(value)));
        form.shownVariables()
                .forEach(name -> shown.putIfAbsent(name, plain(taskService.getVariable(task.getId(), name))));
        String formRef = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        return new ProcessDetails.OpenTask(task.getId(), task.getName(), task.getFormKey(), formRef, form.fields(),
                shown);
    }

    private ProcessDetails.Failure failure(String processInstanceId) {
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(processInstanceId)
                .orderByIncidentTimestamp().asc().listPage(0, 1).stream().findFirst().orElse(null);
        if (incident == null) {
            return null;
        }
        String jobId = Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                ? incident.getConfiguration() : null;
        return new ProcessDetails.Failure(incident.getActivityId(),
                stepName(incident.getProcessDefinitionId(), incident.getActivityId()), incident.getIncidentMessage(),
                jobId);
    }

    private String stepName(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        var element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element instanceof FlowElement flowElement ? flowElement.getName() : null;
    }

    private Object plain(Object value) {
        return VariableValues.plain(value, json);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
