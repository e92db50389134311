package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The product and the two Node subscriptions chosen so far, read from the variables whatever type they came in. */
record CircuitChoice(String product, UUID routerA, UUID routerB) {

    static CircuitChoice of(VariableScope scope) {
        return new CircuitChoice(text(scope, CreateCircuitProcess.PRODUCT),
                uuid(scope, CreateCircuitProcess.ROUTER_A), uuid(scope, CreateCircuitProcess.ROUTER_B));
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString().trim();
    }

    private static UUID uuid(VariableScope scope, String name) {
        return CircuitCandidates.uuid(scope.getVariable(name));
    }
}
