package org.netorch.process.circuit;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
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
        String routerA = String.valueOf(execution.getVariable(CreateCircuitProcess.ROUTER_A)).trim();
        List<Subscription> others = candidates.nodes().stream()
                .filter(node -> !node.id().toString().equals(routerA)).toList();
        execution.setVariable(CreateCircuitProcess.ROUTER_B_OPTIONS, Spin.JSON(ListNodesDelegate.options(others)));
    }
}
