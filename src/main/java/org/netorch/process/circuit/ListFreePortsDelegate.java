package org.netorch.process.circuit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.netorch.process.shared.NetBoxStep;
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
        execution.setVariable(CreateCircuitProcess.A_PORT_OPTIONS, Spin.JSON(options(choice.routerA(), choice)));
        execution.setVariable(CreateCircuitProcess.B_PORT_OPTIONS, Spin.JSON(options(choice.routerB(), choice)));
    }

    private List<Map<String, String>> options(UUID node, CircuitChoice choice) {
        return candidates.freePorts(node, choice.product()).stream()
                .map(port -> Map.of("label", port.name(), "value", Long.toString(port.id()))).toList();
    }
}
