package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_recordMaintenanceMode: stores the chosen {@code under_maintenance} on the circuit block. */
@Component
class RecordMaintenanceModeDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;

    RecordMaintenanceModeDelegate(SubscriptionService subscriptions, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the maintenance mode task's completion check has set it, as a boolean
        boolean underMaintenance = ModifyCircuitVariables.UNDER_MAINTENANCE.get(execution);
        subscriptions.get(ProcessVariables.subscriptionId(execution)).circuit().orElseThrow()
                .setUnderMaintenance(underMaintenance, audit.of(execution));
    }
}
