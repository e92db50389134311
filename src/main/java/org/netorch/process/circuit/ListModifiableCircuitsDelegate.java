package org.netorch.process.circuit;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** serviceTask_listModifiableCircuits: puts the ACTIVE, in-sync circuits into {@code circuit_options}. */
@Component
class ListModifiableCircuitsDelegate implements JavaDelegate {

    private final ModifiableCircuits circuits;

    ListModifiableCircuitsDelegate(ModifiableCircuits circuits) {
        this.circuits = circuits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, String>> options = circuits.all().stream()
                .map(circuit -> Map.of("label", circuit.description(), "value", circuit.id().toString()))
                .toList();
        execution.setVariable(ModifyCircuitProcess.CIRCUIT_OPTIONS, Spin.JSON(options));
    }
}
