package org.netorch.process.circuit;

import java.util.Optional;

import org.netorch.process.operations.ExistingSubscriptionWorkflow;
import org.netorch.process.shared.Refusal;
import org.netorch.process.shared.TerminableSubscriptions;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** terminate_circuit over our API: an ACTIVE in-sync circuit or an orphan. */
@Component
class TerminateCircuitWorkflow extends ExistingSubscriptionWorkflow {

    private final TerminableSubscriptions terminable;

    TerminateCircuitWorkflow(TerminableSubscriptions terminable) {
        super(TerminateCircuitProcess.KEY);
        this.terminable = terminable;
    }

    @Override
    protected Optional<Refusal> refusal(Object subscriptionId) {
        return terminable.refusal(subscriptionId, Product.TYPE_CIRCUIT);
    }
}
