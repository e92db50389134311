package org.netorch.process.circuit;

import java.util.Optional;

import org.netorch.process.operations.ExistingSubscriptionWorkflow;
import org.netorch.process.shared.ActiveInSyncSubscriptions;
import org.netorch.process.shared.Refusal;
import org.netorch.subscription.Product;
import org.springframework.stereotype.Component;

/** modify_circuit over our API: an ACTIVE, in-sync circuit. */
@Component
class ModifyCircuitWorkflow extends ExistingSubscriptionWorkflow {

    private final ActiveInSyncSubscriptions eligible;

    ModifyCircuitWorkflow(ActiveInSyncSubscriptions eligible) {
        super(ModifyCircuitProcess.KEY);
        this.eligible = eligible;
    }

    @Override
    protected Optional<Refusal> refusal(Object subscriptionId) {
        return eligible.refusal(subscriptionId, Product.TYPE_CIRCUIT);
    }

    // modify records the maintenance mode and leaves NetBox as it is; the routers' configuration is the operator's
    @Override
    public boolean restoresOnAbort() {
        return true;
    }
}
