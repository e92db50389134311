package org.netorch.process.circuit;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.Subscription;
import org.springframework.stereotype.Component;

/** serviceTask_listBSideNodes: the eligible nodes except the A side, as {@code router_b_options}. */
@Component
class ListBSideNodesDelegate implements JavaDelegate {

    private final CircuitCandidates candidates;

    ListBSideNodesDelegate(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID routerA = CreateCircuitVariables.ROUTER_A.get(execution);
        List<Subscription> others = candidates.nodes().stream()
                .filter(node -> !node.id().equals(routerA)).toList();
        CreateCircuitVariables.ROUTER_B_OPTIONS.set(execution, ListNodesDelegate.options(others));
    }
}
