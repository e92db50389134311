package org.netorch.process.validation;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.ValidationOutcome;
import org.springframework.stereotype.Component;

/**
 * serviceTask_summarizeValidation: counts how the validations this run called ended and writes {@code checked},
 * {@code in_sync}, {@code drift} and {@code skipped}. The counts come from Camunda's history of the called instances,
 * so no batch has to carry its results back into this instance.
 */
@Component
class SummarizeValidationDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        String run = execution.getProcessInstanceId();
        int inSync = ended(history, run, ValidationOutcome.END_IN_SYNC);
        int drift = ended(history, run, ValidationOutcome.END_DRIFT_FOUND);
        // taken by another workflow after its page was read: refused by the first step or by the lock
        int skipped = ended(history, run, ValidationOutcome.END_SUBSCRIPTION_BUSY,
                ValidationOutcome.END_START_INPUT_REFUSED);
        ValidateSubscriptionsVariables.CHECKED.set(execution, inSync + drift);
        ValidateSubscriptionsVariables.IN_SYNC.set(execution, inSync);
        ValidateSubscriptionsVariables.DRIFT.set(execution, drift);
        ValidateSubscriptionsVariables.SKIPPED.set(execution, skipped);
    }

    private static int ended(HistoryService history, String run, String... endEvents) {
        return Math.toIntExact(history.createHistoricProcessInstanceQuery().superProcessInstanceId(run).finished()
                .executedActivityIdIn(endEvents).count());
    }
}
