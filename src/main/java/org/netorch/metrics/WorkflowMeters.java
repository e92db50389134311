package org.netorch.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.netorch.process.shared.WorkflowAbort;

/**
 * Counts workflows started, completed, failed (an incident was raised) and aborted, and times each task, from the
 * history events the engine writes anyway. A meter moves only when the transaction commits, so a job that rolls back
 * and runs again is counted once.
 */
class WorkflowMeters implements HistoryEventHandler {

    static final String STARTED = "orchestrator.workflows.started";
    static final String COMPLETED = "orchestrator.workflows.completed";
    static final String FAILED = "orchestrator.workflows.failed";
    static final String ABORTED = "orchestrator.workflows.aborted";
    static final String STEPS = "orchestrator.steps";

    private final MeterRegistry registry;

    WorkflowMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity process) {
            onProcess(process);
        } else if (event instanceof HistoricIncidentEventEntity incident
                && incident.isEventOfType(HistoryEventTypes.INCIDENT_CREATE)) {
            afterCommit(() -> counter(FAILED, "workflows that raised an incident", workflow(incident)).increment());
        } else if (event instanceof HistoricActivityInstanceEventEntity activity
                && activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)
                && activity.getActivityType() != null && activity.getActivityType().endsWith("Task")
                && activity.getDurationInMillis() != null) {
            Duration took = Duration.ofMillis(activity.getDurationInMillis());
            afterCommit(() -> Timer.builder(STEPS)
                    .description("time from a task's start to its end (a user task waits for a person)")
                    .tag("workflow", workflow(activity))
                    .tag("activity", activity.getActivityId())
                    .register(registry)
                    .record(took));
        }
    }

    private void onProcess(HistoricProcessInstanceEventEntity process) {
        if (process.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
            afterCommit(() -> counter(STARTED, "workflows started", workflow(process)).increment());
        } else if (process.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
            if (HistoricProcessInstance.STATE_COMPLETED.equals(process.getState())
                    && !WorkflowAbort.endedAborted(process.getEndActivityId())) {
                afterCommit(() -> Counter.builder(COMPLETED)
                        .description("workflows that reached an end event")
                        .tag("workflow", workflow(process))
                        .tag("outcome", String.valueOf(process.getEndActivityId()))
                        .register(registry)
                        .increment());
            } else {
                afterCommit(() -> counter(ABORTED, "workflows cancelled before their end", workflow(process))
                        .increment());
            }
        }
    }

    private Counter counter(String name, String description, String workflow) {
        return Counter.builder(name).description(description).tag("workflow", workflow).register(registry);
    }

    private static String workflow(HistoryEvent event) {
        return event.getProcessDefinitionKey() == null ? "unknown" : event.getProcessDefinitionKey();
    }

    private static void afterCommit(Runnable update) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            update.run();
            return;
        }
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, ignored -> update.run());
    }
}
