package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The product and the two Node subscriptions chosen so far (each checked when it was chosen). */
record CircuitChoice(String product, UUID routerA, UUID routerB) {

    static CircuitChoice of(VariableScope scope) {
        return new CircuitChoice(CreateCircuitVariables.PRODUCT.get(scope),
                CreateCircuitVariables.ROUTER_A.get(scope), CreateCircuitVariables.ROUTER_B.get(scope));
    }
}
