package org.netorch.process.circuit;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
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
        List<Map<String, String>> products = candidates.products().stream()
                .map(product -> Map.of("label", product.name(), "value", product.name())).toList();
        execution.setVariable(CreateCircuitProcess.PRODUCT_OPTIONS, Spin.JSON(products));
        execution.setVariable(CreateCircuitProcess.ROUTER_A_OPTIONS, Spin.JSON(options(candidates.nodes())));
    }

    static List<Map<String, String>> options(List<Subscription> nodes) {
        return nodes.stream().map(node -> Map.of(
                "label", node.node().orElseThrow().nodeName(),
                "value", node.id().toString())).toList();
    }
}
