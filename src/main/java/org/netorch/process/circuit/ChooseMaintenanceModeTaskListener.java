package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * Create-listener of userTask_chooseMaintenanceMode: names the task after the circuit and pre-fills the
 * {@code under_maintenance} box, task-local, with the circuit's current mode.
 */
@Component
class ChooseMaintenanceModeTaskListener implements TaskListener {

    private final SubscriptionService subscriptions;
    private final OwnSubscription own;

    ChooseMaintenanceModeTaskListener(SubscriptionService subscriptions, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.own = own;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitBlock circuit = subscriptions.get(own.get(task)).block(CircuitBlock.class).orElseThrow();
        task.setName("Choose maintenance mode for " + circuit.circuitDescription());
        ModifyCircuitVariables.CIRCUIT_DESCRIPTION.setLocal(task, circuit.circuitDescription());
        ModifyCircuitVariables.UNDER_MAINTENANCE.setLocal(task, Boolean.TRUE.equals(circuit.underMaintenance()));
    }
}
