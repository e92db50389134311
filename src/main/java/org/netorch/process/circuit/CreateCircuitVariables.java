package org.netorch.process.circuit;

import java.util.List;
import java.util.UUID;

import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.SelectOption;
import org.netorch.process.shared.ShownVariable;
import org.netorch.subscription.Side;

/**
 * Typed accessors of create_circuit's own variables; their names are in {@link CreateCircuitProcess}. The
 * confirmation task's variables serve modify_circuit too, which shares that task.
 */
final class CreateCircuitVariables {

    static final ProcessVariable<String> PRODUCT = ProcessVariable.text(CreateCircuitProcess.PRODUCT);
    static final ProcessVariable<UUID> ROUTER_A = ProcessVariable.uuid(CreateCircuitProcess.ROUTER_A);
    static final ProcessVariable<UUID> ROUTER_B = ProcessVariable.uuid(CreateCircuitProcess.ROUTER_B);
    static final ProcessVariable<Long> A_PORT = ProcessVariable.id(CreateCircuitProcess.A_PORT);
    static final ProcessVariable<Long> B_PORT = ProcessVariable.id(CreateCircuitProcess.B_PORT);

    static final ProcessVariable<List<SelectOption>> PRODUCT_OPTIONS =
            ProcessVariable.options(CreateCircuitProcess.PRODUCT_OPTIONS);
    static final ProcessVariable<List<SelectOption>> ROUTER_A_OPTIONS =
            ProcessVariable.options(CreateCircuitProcess.ROUTER_A_OPTIONS);
    static final ProcessVariable<List<SelectOption>> ROUTER_B_OPTIONS =
            ProcessVariable.options(CreateCircuitProcess.ROUTER_B_OPTIONS);
    static final ProcessVariable<List<SelectOption>> A_PORT_OPTIONS =
            ProcessVariable.options(CreateCircuitProcess.A_PORT_OPTIONS);
    static final ProcessVariable<List<SelectOption>> B_PORT_OPTIONS =
            ProcessVariable.options(CreateCircuitProcess.B_PORT_OPTIONS);

    static final ProcessVariable<String> NODE_A_NAME = ProcessVariable.text(CreateCircuitProcess.NODE_A_NAME);
    static final ProcessVariable<String> NODE_B_NAME = ProcessVariable.text(CreateCircuitProcess.NODE_B_NAME);
    static final ProcessVariable<String> CONFIG_TEXT_A = ProcessVariable.text(CreateCircuitProcess.CONFIG_TEXT_A);
    static final ProcessVariable<String> CONFIG_TEXT_B = ProcessVariable.text(CreateCircuitProcess.CONFIG_TEXT_B);
    static final ProcessVariable<Integer> ISIS_METRIC = ProcessVariable.number(CreateCircuitProcess.ISIS_METRIC);

    static final ShownVariable<Long> CIRCUIT_PREFIX_ID = ShownVariable.id(CreateCircuitProcess.CIRCUIT_PREFIX_ID);
    static final ShownVariable<String> CIRCUIT_PREFIX = ShownVariable.text(CreateCircuitProcess.CIRCUIT_PREFIX);
    static final ShownVariable<Long> LINK_PREFIX_ID = ShownVariable.id(CreateCircuitProcess.LINK_PREFIX_ID);
    static final ShownVariable<String> LINK_PREFIX = ShownVariable.text(CreateCircuitProcess.LINK_PREFIX);
    static final ShownVariable<Long> A_ADDRESS_ID = ShownVariable.id(CreateCircuitProcess.A_ADDRESS_ID);
    static final ShownVariable<Long> B_ADDRESS_ID = ShownVariable.id(CreateCircuitProcess.B_ADDRESS_ID);
    static final ShownVariable<Long> CABLE_ID = ShownVariable.id(CreateCircuitProcess.CABLE_ID);

    static final ProcessVariable<Side> SIDE = ProcessVariable.choice(CreateCircuitProcess.SIDE_PARAMETER, Side.class);

    private CreateCircuitVariables() {
    }

    static ShownVariable<Long> addressId(Side side) {
        return side == Side.A ? A_ADDRESS_ID : B_ADDRESS_ID;
    }
}
