package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * Create-listener of userTask_confirmCircuitRemoval: names the task after both routers and gives it, task-local, the
 * configuration that takes the circuit off each of them.
 */
@Component
class ConfirmCircuitRemovalTaskListener implements TaskListener {

    private final SubscriptionService subscriptions;
    private final OwnSubscription own;

    ConfirmCircuitRemovalTaskListener(SubscriptionService subscriptions, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.own = own;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitBlock circuit = subscriptions.get(own.get(task)).block(CircuitBlock.class)
                .orElseThrow();
        CircuitRemovalConfig a = config(circuit.endpointA(), circuit.circuitDescription());
        CircuitRemovalConfig b = config(circuit.endpointB(), circuit.circuitDescription());
        task.setName("Remove configuration from " + a.nodeName() + " and " + b.nodeName());
        TerminateCircuitVariables.removalTask(task, a, b);
    }

    private CircuitRemovalConfig config(CircuitEndpoint end, String circuitDescription) {
        String node = subscriptions.get(end.nodeSubscriptionId()).block(NodeBlock.class).orElseThrow().nodeName();
        return new CircuitRemovalConfig(node, end.portName(), circuitDescription);
    }
}
