package org.netorch.process.circuit;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.SelectOption;
import org.springframework.stereotype.Component;

/**
 * serviceTask_listFreePorts: the free ports of the product's speed on both routers, as {@code a_port_options} and
 * {@code b_port_options}.
 */
@Component
class ListFreePortsDelegate implements NetBoxStep {

    private final CircuitCandidates candidates;

    ListFreePortsDelegate(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void run(DelegateExecution execution) {
        CircuitChoice choice = CircuitChoice.of(execution);
        CreateCircuitVariables.A_PORT_OPTIONS.set(execution, options(choice.routerA(), choice));
        CreateCircuitVariables.B_PORT_OPTIONS.set(execution, options(choice.routerB(), choice));
    }

    private List<SelectOption> options(UUID node, CircuitChoice choice) {
        return candidates.freePorts(node, choice.product()).stream()
                .map(port -> new SelectOption(port.name(), Long.toString(port.id()))).toList();
    }
}
