package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Cable;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_setCableConnected: both routers run their configuration, so the cable is connected in NetBox. */
@Component
class SetCableConnectedDelegate implements NetBoxStep {

    static final String CONNECTED = "connected";

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    SetCableConnectedDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        Subscription subscription = subscriptions.get(own.get(execution));
        CircuitBlock circuit = subscription.block(CircuitBlock.class).orElseThrow();
        Cable cable = netBox.cable(circuit.circuitId());
        // an earlier try may have set it before its answer was lost: then there is nothing to write
        if (!cable.hasStatus(CONNECTED)) {
            netBox.updateCableStatus(cable.id(), CONNECTED);
        }
        subscription.update(circuit.withCircuitStatus(CONNECTED), audit.of(execution));
    }
}
