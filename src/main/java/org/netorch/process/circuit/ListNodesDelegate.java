package org.netorch.process.circuit;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.SelectOption;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;
import org.springframework.stereotype.Component;

/**
 * serviceTask_listNodes: the circuit products and the eligible A-side nodes, as {@code product_options} and
 * {@code router_a_options}.
 */
@Component
class ListNodesDelegate implements JavaDelegate {

    private final CircuitCandidates candidates;

    ListNodesDelegate(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CreateCircuitVariables.PRODUCT_OPTIONS.set(execution, candidates.products().stream()
                .map(product -> new SelectOption(product.name(), product.name())).toList());
        CreateCircuitVariables.ROUTER_A_OPTIONS.set(execution, options(candidates.nodes()));
    }

    static List<SelectOption> options(List<Subscription> nodes) {
        return nodes.stream()
                .map(node -> new SelectOption(node.block(NodeBlock.class).orElseThrow().nodeName(), node.id().toString()))
                .toList();
    }
}
