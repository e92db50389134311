package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * Create-listener of userTask_confirmCircuitRemoval: names the task after both routers and gives it, task-local, the
 * configuration that takes the circuit off each of them.
 */
@Component
class ConfirmCircuitRemovalTaskListener implements TaskListener {

    private final SubscriptionService subscriptions;

    ConfirmCircuitRemovalTaskListener(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitBlock circuit = subscriptions.get(TerminateCircuitVariables.subscriptionId(task)).circuit()
                .orElseThrow();
        CircuitRemovalConfig a = config(circuit.endpointA(), circuit.circuitDescription());
        CircuitRemovalConfig b = config(circuit.endpointB(), circuit.circuitDescription());
        task.setName("Remove configuration from " + a.nodeName() + " and " + b.nodeName());
        TerminateCircuitVariables.removalTask(task, a, b);
    }

    private CircuitRemovalConfig config(CircuitEndpoint end, String circuitDescription) {
        String node = subscriptions.get(end.nodeSubscriptionId()).node().orElseThrow().nodeName();
        return new CircuitRemovalConfig(node, end.portName(), circuitDescription);
    }
}
