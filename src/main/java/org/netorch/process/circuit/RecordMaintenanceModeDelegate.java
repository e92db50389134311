package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_recordMaintenanceMode: stores the chosen {@code under_maintenance} on the circuit block. */
@Component
class RecordMaintenanceModeDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    RecordMaintenanceModeDelegate(SubscriptionService subscriptions, ProcessAudit audit, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the maintenance mode task's completion check has set it, as a boolean
        boolean underMaintenance = ModifyCircuitVariables.UNDER_MAINTENANCE.get(execution);
        Subscription subscription = subscriptions.get(own.get(execution));
        CircuitBlock circuit = subscription.block(CircuitBlock.class).orElseThrow();
        subscription.update(circuit.withUnderMaintenance(underMaintenance), audit.of(execution));
    }
}
