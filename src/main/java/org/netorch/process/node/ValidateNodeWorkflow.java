package org.netorch.process.node;

import java.util.Optional;

import org.netorch.process.operations.ExistingSubscriptionWorkflow;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.process.shared.Refusal;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** validate_node over our API: an ACTIVE, in-sync node. */
@Component
class ValidateNodeWorkflow extends ExistingSubscriptionWorkflow {

    private final ActiveInSyncSubscriptions eligible;

    ValidateNodeWorkflow(ActiveInSyncSubscriptions eligible) {
        super(ValidateNodeProcess.KEY);
        this.eligible = eligible;
    }

    @Override
    protected Optional<Refusal> refusal(Object subscriptionId) {
        return eligible.refusal(subscriptionId, Product.TYPE_NODE);
    }
}
