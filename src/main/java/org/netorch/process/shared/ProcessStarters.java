package org.netorch.process.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The user who started a process, as the engine recorded it. The engine writes that once, when the process starts,
 * so an answer found for a process holds for its whole life, on every node; the most recent ones are kept, which
 * spares a history query in each of a workflow's steps.
 */
@Component
class ProcessStarters {

    private static final int KEPT = 4096;

    private final HistoryService historyService;
    private final Map<String, Optional<String>> known = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > KEPT;
        }
    });

    ProcessStarters(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** Empty when the engine has no such process or it was started without a user (by a timer, a job, the system). */
    Optional<String> startUser(String processInstanceId) {
        Optional<String> found = known.get(processInstanceId);
        if (found != null) {
            return found;
        }
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            return Optional.empty(); // not kept: the start may not be visible to this transaction yet
        }
        Optional<String> answer = Optional.ofNullable(process.getStartUserId()).or(() -> calledBy(process));
        known.put(processInstanceId, answer);
        return answer;
    }

    // a process another one called (validate_subscriptions' validations) was started by a job, for that one's starter
    private Optional<String> calledBy(HistoricProcessInstance process) {
        String root = process.getRootProcessInstanceId();
        return root != null && !root.equals(process.getId()) ? startUser(root) : Optional.empty();
    }
}
