package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Interface;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.WorkflowProperties;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.PlannedEndpoint;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_constructCircuitModel: creates the INITIAL circuit subscription on {@code a_port} and {@code b_port},
 * claiming both, planned and under maintenance, and takes it as the workflow's own. The whole choice must still pass
 * the rule each part passed when it was chosen (both nodes ACTIVE and in sync, each port on its node, of the product's
 * speed and free), else the process ends at "choice refused" with the reason. Two concurrent starts may both pass the
 * rule: the database's unique claim lets one insert win, and the loser's retry is then refused here.
 */
@Component
class ConstructCircuitModelDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final CircuitCandidates candidates;
    private final WorkflowProperties workflows;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    ConstructCircuitModelDelegate(NetBoxClient netBox, SubscriptionService subscriptions,
            CircuitCandidates candidates, WorkflowProperties workflows, ProcessAudit audit, OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.candidates = candidates;
        this.workflows = workflows;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        candidates.choiceRefusal(CreateCircuitVariables.PRODUCT.raw(execution),
                CreateCircuitVariables.ROUTER_A.raw(execution), CreateCircuitVariables.ROUTER_B.raw(execution),
                CreateCircuitVariables.A_PORT.raw(execution), CreateCircuitVariables.B_PORT.raw(execution))
                .ifPresent(refused -> {
                    throw refused.refusal().ofConstructStep(refused.field());
                });
        CircuitChoice choice = CircuitChoice.of(execution);
        long aPort = CreateCircuitVariables.A_PORT.get(execution);
        long bPort = CreateCircuitVariables.B_PORT.get(execution);
        Subscription subscription = subscriptions.createCircuit(choice.product(),
                ProcessVariables.customerId(execution).orElse(workflows.defaultCustomerId()),
                endpoint(choice.routerA(), netBox.iface(aPort)), endpoint(choice.routerB(), netBox.iface(bPort)),
                audit.of(execution));
        own.take(execution, subscription.id());
    }

    private PlannedEndpoint endpoint(UUID nodeSubscriptionId, Interface port) {
        String nodeName = subscriptions.get(nodeSubscriptionId).block(NodeBlock.class).orElseThrow().nodeName();
        return new PlannedEndpoint(nodeSubscriptionId, nodeName, port.id(), port.name());
    }
}
