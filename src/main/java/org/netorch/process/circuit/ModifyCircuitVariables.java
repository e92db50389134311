package org.netorch.process.circuit;

import java.util.List;

import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.SelectOption;

/** Typed accessors of modify_circuit's own variables; their names are in {@link ModifyCircuitProcess}. */
final class ModifyCircuitVariables {

    static final ProcessVariable<List<SelectOption>> CIRCUIT_OPTIONS =
            ProcessVariable.options(ModifyCircuitProcess.CIRCUIT_OPTIONS);
    static final ProcessVariable<Boolean> UNDER_MAINTENANCE =
            ProcessVariable.flag(ModifyCircuitProcess.UNDER_MAINTENANCE);
    static final ProcessVariable<String> CIRCUIT_DESCRIPTION =
            ProcessVariable.text(ModifyCircuitProcess.CIRCUIT_DESCRIPTION);

    private ModifyCircuitVariables() {
    }
}
