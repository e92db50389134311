package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Interface;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.WorkflowProperties;
import org.netorch.subscription.PlannedEndpoint;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_constructCircuitModel: creates the INITIAL circuit subscription on {@code a_port} and {@code b_port},
 * claiming both, planned and under maintenance; its id becomes the business key and {@code subscription_id}. A port
 * another circuit holds ends at "port already in use"; two concurrent starts both pass that check, the database's
 * unique claim lets one insert win, and the loser's retry then finds the winner here.
 */
@Component
class ConstructCircuitModelDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final WorkflowProperties workflows;
    private final ProcessAudit audit;

    ConstructCircuitModelDelegate(NetBoxClient netBox, SubscriptionService subscriptions,
            WorkflowProperties workflows, ProcessAudit audit) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.workflows = workflows;
        this.audit = audit;
    }

    @Override
    public void run(DelegateExecution execution) {
        CircuitChoice choice = CircuitChoice.of(execution);
        long aPort = CreateCircuitVariables.A_PORT.get(execution);
        long bPort = CreateCircuitVariables.B_PORT.get(execution);
        refuseClaimed(aPort);
        refuseClaimed(bPort);
        Subscription subscription = subscriptions.createCircuit(choice.product(),
                ProcessVariables.customerId(execution).orElse(workflows.defaultCustomerId()),
                endpoint(choice.routerA(), netBox.iface(aPort)), endpoint(choice.routerB(), netBox.iface(bPort)),
                audit.of(execution));
        execution.setProcessBusinessKey(subscription.id().toString());
        ProcessVariables.setSubscriptionId(execution, subscription.id());
    }

    private void refuseClaimed(long portId) {
        subscriptions.circuitHoldingPort(portId).ifPresent(holder -> {
            throw new BpmnError(CreateCircuitProcess.ERROR_PORT_ALREADY_CLAIMED,
                    "NetBox interface " + portId + " is already used by circuit " + holder.id());
        });
    }

    private PlannedEndpoint endpoint(UUID nodeSubscriptionId, Interface port) {
        String nodeName = subscriptions.get(nodeSubscriptionId).node().orElseThrow().nodeName();
        return new PlannedEndpoint(nodeSubscriptionId, nodeName, port.id(), port.name());
    }
}
