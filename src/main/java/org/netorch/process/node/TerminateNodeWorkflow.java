package org.netorch.process.node;

import java.util.Optional;

import org.netorch.process.operations.ExistingSubscriptionWorkflow;
import org.netorch.process.shared.Refusal;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** terminate_node over our API: a node that still carries a live circuit is a 409 naming the circuits. */
@Component
class TerminateNodeWorkflow extends ExistingSubscriptionWorkflow {

    private final TerminableSubscriptions terminable;

    TerminateNodeWorkflow(TerminableSubscriptions terminable) {
        super(TerminateNodeProcess.KEY);
        this.terminable = terminable;
    }

    @Override
    protected Optional<Refusal> refusal(Object subscriptionId) {
        return terminable.refusal(subscriptionId, Product.TYPE_NODE);
    }
}
