package org.netorch.process.circuit;

import java.util.Optional;

import org.netorch.process.operations.ExistingSubscriptionWorkflow;
import org.netorch.process.shared.Refusal;
import org.springframework.stereotype.Component;

/** modify_circuit over our API: an ACTIVE, in-sync circuit. */
@Component
class ModifyCircuitWorkflow extends ExistingSubscriptionWorkflow {

    private final ModifiableCircuits circuits;

    ModifyCircuitWorkflow(ModifiableCircuits circuits) {
        super(ModifyCircuitProcess.KEY);
        this.circuits = circuits;
    }

    @Override
    protected Optional<Refusal> refusal(Object subscriptionId) {
        return circuits.refusal(subscriptionId);
    }
}
