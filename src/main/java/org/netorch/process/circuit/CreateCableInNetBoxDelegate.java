package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Cable;
import org.netorch.netbox.Interface;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.NetBoxStepException;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.WritesInDoubt;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Descriptions;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_createCableInNetBox: a planned cable between the two ports, labelled with the short subscription id;
 * its id becomes {@code circuit_id} (and {@code cable_id}) and names the subscription.
 */
@Component
class CreateCableInNetBoxDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;
    private final WritesInDoubt inDoubt;

    CreateCableInNetBoxDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            OwnSubscription own, WritesInDoubt inDoubt) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
        this.inDoubt = inDoubt;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        // an earlier try may have created it before its answer was lost, or may still
        inDoubt.awaitEarlierTries(execution, subscriptionId);
        Subscription subscription = subscriptions.get(subscriptionId);
        CircuitBlock circuit = subscription.block(CircuitBlock.class).orElseThrow();
        long a = circuit.endpointA().portId();
        long b = circuit.endpointB().portId();
        Interface portA = netBox.iface(a);
        Cable cable;
        if (portA.isCabled()) {
            cable = netBox.cable(portA.cable().id());
            if (!cable.joins(a, b)) {
                throw new NetBoxStepException(execution, "interface " + portA.name() + " (" + a + ") already has cable "
                        + cable.id() + ", which does not join it to interface " + b
                        + "; remove or fix that cable in NetBox, then retry");
            }
        } else {
            cable = inDoubt.send(execution, subscriptionId, () -> netBox.createCable(a, b, CircuitBlock.PLANNED,
                    SubscriptionMarker.shortId(subscriptionId),
                    SubscriptionMarker.describe(circuit.circuitDescription(), subscriptionId)));
        }
        AuditContext who = audit.of(execution);
        subscription.update(circuit.withCircuitId(cable.id()), who);
        subscription.describe(Descriptions.circuitSubscription(cable.id(), circuit.circuitDescription()), who);
        CreateCircuitVariables.CABLE_ID.set(execution, cable.id());
    }
}
