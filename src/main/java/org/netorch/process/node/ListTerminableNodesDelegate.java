package org.netorch.process.node;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;

/**
 * serviceTask_listTerminableNodes: puts the nodes that may be terminated (no live circuit on them) into
 * {@code node_options}; an orphan says so in its label.
 */
@Component
class ListTerminableNodesDelegate implements JavaDelegate {

    private final TerminableSubscriptions terminable;

    ListTerminableNodesDelegate(TerminableSubscriptions terminable) {
        this.terminable = terminable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, String>> options = terminable.all(Product.TYPE_NODE).stream()
                .map(node -> Map.of("label", label(node), "value", node.id().toString()))
                .toList();
        TerminateNodeVariables.nodeOptions(execution, options);
    }

    private static String label(Subscription node) {
        return node.status() == SubscriptionStatus.ACTIVE ? node.description()
                : node.description() + " (" + node.status() + ", left behind by a workflow that did not finish)";
    }
}
