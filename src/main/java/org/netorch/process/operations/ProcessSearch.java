package org.netorch.process.operations;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.netorch.process.shared.WorkflowAbort;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds workflow instances by workflow, status, subscription, start time and failing step, newest first. The status
 * is the one our API shows ({@link ProcessHistory}), so it is decided in SQL over Camunda's history, runtime tasks and
 * incidents, which keeps paging and counts right however many instances there are.
 */
@Component
public class ProcessSearch {

    private static final String ABORT_ENDS = "'" + WorkflowAbort.SUBPROCESS + "', '" + WorkflowAbort.END_EVENT + "'";
    private static final String ACTIVE = "RES.STATE_ in ('" + HistoricProcessInstance.STATE_ACTIVE + "', '"
            + HistoricProcessInstance.STATE_SUSPENDED + "')";

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final ProcessSubscriptions processSubscriptions;

    ProcessSearch(HistoryService historyService, RuntimeService runtimeService, TaskService taskService,
            ManagementService managementService, ProcessSubscriptions processSubscriptions) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.processSubscriptions = processSubscriptions;
    }

    public ProcessListing find(ProcessFilter filter, int page, int size) {
        Sql sql = where(filter);
        long total = query("select count(*) from " + sql.from(), sql.parameters()).count();
        List<HistoricProcessInstance> found = query("select RES.* from " + sql.from()
                + " order by RES.START_TIME_ desc, RES.ID_ desc", sql.parameters()).listPage(page * size, size);
        String[] ids = found.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        Map<String, ProcessDetails.Failure> failures = failures(found);
        Set<String> waiting = waiting(ids);
        List<ProcessListing.Item> items = found.stream()
                .map(instance -> new ProcessListing.Item(
                        ProcessHistory.summary(instance, state(instance, failures, waiting)),
                        instance.getBusinessKey(), failures.get(instance.getId())))
                .toList();
        return new ProcessListing(items, total);
    }

    /** Ids of every instance the filter matches, newest first, at most {@code limit}. */
    public List<String> ids(ProcessFilter filter, int limit) {
        Sql sql = where(filter);
        return query("select RES.* from " + sql.from() + " order by RES.START_TIME_ desc, RES.ID_ desc",
                sql.parameters()).listPage(0, limit).stream().map(HistoricProcessInstance::getId).toList();
    }

    private NativeHistoricProcessInstanceQuery query(String sql, Map<String, Object> parameters) {
        NativeHistoricProcessInstanceQuery query = historyService.createNativeHistoricProcessInstanceQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }

    private record Sql(String from, Map<String, Object> parameters) {
    }

    private Sql where(ProcessFilter filter) {
        String tasks = managementService.getTableName(Task.class);
        String incidents = managementService.getTableName(Incident.class);
        String hasTask = "exists (select 1 from " + tasks + " T where T.PROC_INST_ID_ = RES.PROC_INST_ID_)";
        String hasIncident = "exists (select 1 from " + incidents + " I where I.PROC_INST_ID_ = RES.PROC_INST_ID_)";
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.workflow() != null) {
            conditions.add("RES.PROC_DEF_KEY_ = #{workflow}");
            parameters.put("workflow", filter.workflow());
        }
        if (filter.startedAfter() != null) {
            conditions.add("RES.START_TIME_ > #{startedAfter}");
            parameters.put("startedAfter", Timestamp.from(filter.startedAfter()));
        }
        if (filter.subscription() != null) {
            conditions.add(subscriptionCondition(filter, parameters));
        }
        if (filter.failedStep() != null) {
            conditions.add("exists (select 1 from " + incidents + " I where I.PROC_INST_ID_ = RES.PROC_INST_ID_"
                    + " and I.ACTIVITY_ID_ = #{failedStep})");
            parameters.put("failedStep", filter.failedStep());
        }
        if (filter.state() != null) {
            conditions.add(switch (filter.state()) {
                case COMPLETED -> "RES.STATE_ = '" + HistoricProcessInstance.STATE_COMPLETED + "' and "
                        + "(RES.END_ACT_ID_ is null or RES.END_ACT_ID_ not in (" + ABORT_ENDS + "))";
                case ABORTED -> "(RES.STATE_ in ('" + HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED + "', '"
                        + HistoricProcessInstance.STATE_INTERNALLY_TERMINATED + "') or (RES.STATE_ = '"
                        + HistoricProcessInstance.STATE_COMPLETED + "' and RES.END_ACT_ID_ in (" + ABORT_ENDS + ")))";
                case FAILED -> ACTIVE + " and " + hasIncident;
                case WAITING -> ACTIVE + " and not " + hasIncident + " and " + hasTask;
                case RUNNING -> ACTIVE + " and not " + hasIncident + " and not " + hasTask;
                case UNKNOWN -> "1 = 0";
            });
        }
        String from = managementService.getTableName(HistoricProcessInstance.class) + " RES"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        return new Sql(from, parameters);
    }

    private String subscriptionCondition(ProcessFilter filter, Map<String, Object> parameters) {
        parameters.put("subscription", filter.subscription().toString());
        List<String> linked = processSubscriptions.instancesOf(filter.subscription());
        if (linked.isEmpty()) {
            return "RES.BUSINESS_KEY_ = #{subscription}";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < linked.size(); i++) {
            names.add("#{linked" + i + "}");
            parameters.put("linked" + i, linked.get(i));
        }
        return "(RES.BUSINESS_KEY_ = #{subscription} or RES.PROC_INST_ID_ in (" + String.join(", ", names) + "))";
    }

    // the same rule as ProcessHistory.state, for a whole page in two queries instead of two per instance
    private static ProcessState state(HistoricProcessInstance instance, Map<String, ProcessDetails.Failure> failures,
            Set<String> waiting) {
        return switch (instance.getState()) {
            case HistoricProcessInstance.STATE_COMPLETED -> WorkflowAbort.endedAborted(instance.getEndActivityId())
                    ? ProcessState.ABORTED : ProcessState.COMPLETED;
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                    HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> ProcessState.ABORTED;
            default -> failures.containsKey(instance.getId()) ? ProcessState.FAILED
                    : waiting.contains(instance.getId()) ? ProcessState.WAITING : ProcessState.RUNNING;
        };
    }

    private Set<String> waiting(String[] processInstanceIds) {
        if (processInstanceIds.length == 0) {
            return Set.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds).list().stream()
                .map(Task::getProcessInstanceId).collect(Collectors.toSet());
    }

    // Camunda's incident query takes one instance at a time; only unfinished instances can have one
    private Map<String, ProcessDetails.Failure> failures(List<HistoricProcessInstance> instances) {
        Map<String, ProcessDetails.Failure> failures = new LinkedHashMap<>();
        instances.stream().filter(instance -> instance.getEndTime() == null).forEach(instance -> runtimeService
                .createIncidentQuery().processInstanceId(instance.getId()).orderByIncidentTimestamp().asc()
                .listPage(0, 1).forEach(incident -> failures.put(instance.getId(), failure(incident))));
        return failures;
    }

    private ProcessDetails.Failure failure(Incident incident) {
        String jobId = Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                ? incident.getConfiguration() : null;
        return new ProcessDetails.Failure(incident.getActivityId(), null, incident.getIncidentMessage(), jobId);
    }
}
