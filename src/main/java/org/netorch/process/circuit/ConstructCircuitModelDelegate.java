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
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.Descriptions;
import org.netorch.subscription.Side;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionRepository;
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

    static final String PLANNED = "planned";

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptionService;
    private final SubscriptionRepository subscriptions;
    private final WorkflowProperties workflows;
    private final ProcessAudit audit;

    ConstructCircuitModelDelegate(NetBoxClient netBox, SubscriptionService subscriptionService,
            SubscriptionRepository subscriptions, WorkflowProperties workflows, ProcessAudit audit) {
        this.netBox = netBox;
        this.subscriptionService = subscriptionService;
        this.subscriptions = subscriptions;
        this.workflows = workflows;
        this.audit = audit;
    }

    @Override
    public void run(DelegateExecution execution) {
        CircuitChoice choice = CircuitChoice.of(execution);
        long aPort = ProcessVariables.id(execution, CreateCircuitProcess.A_PORT);
        long bPort = ProcessVariables.id(execution, CreateCircuitProcess.B_PORT);
        refuseClaimed(aPort);
        refuseClaimed(bPort);
        Interface a = netBox.iface(aPort);
        Interface b = netBox.iface(bPort);
        String nodeA = nodeName(choice.routerA());
        String nodeB = nodeName(choice.routerB());
        String circuitDescription = Descriptions.circuitBlock(nodeA, a.name(), nodeB, b.name());

        String customerId = ProcessVariables.text(execution, ProcessVariables.CUSTOMER_ID);
        AuditContext who = audit.of(execution);
        Subscription subscription = subscriptionService.create(choice.product(),
                customerId == null ? workflows.defaultCustomerId() : customerId, circuitDescription, who);
        CircuitBlock circuit = subscription.attachCircuit(who);
        endpoint(circuit.endpoint(Side.A), a, choice.routerA(), Descriptions.port(nodeB, b.name()), who);
        endpoint(circuit.endpoint(Side.B), b, choice.routerB(), Descriptions.port(nodeA, a.name()), who);
        circuit.describe(circuitDescription, who);
        circuit.setUnderMaintenance(true, who);
        circuit.recordCircuitStatus(PLANNED, who);
        // surfaces a lost race on a port's unique claim now, as this job's failure, not at commit
        subscriptions.flush();
        execution.setProcessBusinessKey(subscription.id().toString());
        execution.setVariable(ProcessVariables.SUBSCRIPTION_ID, subscription.id().toString());
    }

    private void refuseClaimed(long portId) {
        subscriptions.findCircuitByPortId(portId).ifPresent(holder -> {
            throw new BpmnError(CreateCircuitProcess.ERROR_PORT_ALREADY_CLAIMED,
                    "NetBox interface " + portId + " is already used by circuit " + holder.id());
        });
    }

    private static void endpoint(CircuitEndpoint end, Interface port, UUID node, String description,
            AuditContext who) {
        end.claimPort(port.id(), port.name(), who);
        end.connectTo(node, who);
        end.describePort(description, who);
    }

    private String nodeName(UUID nodeSubscriptionId) {
        return subscriptionService.get(nodeSubscriptionId).node().orElseThrow().nodeName();
    }
}
