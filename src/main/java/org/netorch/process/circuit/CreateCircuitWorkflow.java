package org.netorch.process.circuit;

import static org.netorch.process.circuit.CreateCircuitVariables.A_PORT;
import static org.netorch.process.circuit.CreateCircuitVariables.B_PORT;
import static org.netorch.process.circuit.CreateCircuitVariables.PRODUCT;
import static org.netorch.process.circuit.CreateCircuitVariables.ROUTER_A;
import static org.netorch.process.circuit.CreateCircuitVariables.ROUTER_B;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
import org.netorch.process.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * create_circuit over our API: either none of {@code product}, {@code router_a}, {@code router_b}, {@code a_port},
 * {@code b_port} (the operator chooses in Tasklist) or all of them, checked as the choice tasks would check them; then
 * the choice tasks are skipped. {@code customer_id} is optional.
 */
@Component
class CreateCircuitWorkflow implements WorkflowDefinition {

    private static final List<String> CHOICES = List.of(CreateCircuitProcess.PRODUCT, CreateCircuitProcess.ROUTER_A,
            CreateCircuitProcess.ROUTER_B, CreateCircuitProcess.A_PORT, CreateCircuitProcess.B_PORT);
    private static final Set<String> FIELDS = Set.of(CreateCircuitProcess.PRODUCT, CreateCircuitProcess.ROUTER_A,
            CreateCircuitProcess.ROUTER_B, CreateCircuitProcess.A_PORT, CreateCircuitProcess.B_PORT,
            ProcessVariables.CUSTOMER_ID);

    private final CircuitCandidates candidates;

    CreateCircuitWorkflow(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public String key() {
        return CreateCircuitProcess.KEY;
    }

    @Override
    public boolean createsSubscription() {
        return true;
    }

    @Override
    public Map<String, Object> startVariables(Map<String, Object> input) {
        StartInput.refuseUnknownFields(key(), FIELDS, input);
        Map<String, Object> variables = new HashMap<>();
        StartInput.copyCustomerId(input, variables);
        if (CHOICES.stream().noneMatch(input::containsKey)) {
            return variables;
        }
        for (String field : CHOICES) {
            if (input.get(field) == null) {
                throw new InvalidInputException(field, "missing; give all of " + CHOICES
                        + " or none (then the operator chooses them in Tasklist)");
            }
        }
        Object product = input.get(CreateCircuitProcess.PRODUCT);
        Object routerA = input.get(CreateCircuitProcess.ROUTER_A);
        Object routerB = input.get(CreateCircuitProcess.ROUTER_B);
        Object aPort = input.get(CreateCircuitProcess.A_PORT);
        Object bPort = input.get(CreateCircuitProcess.B_PORT);
        candidates.choiceRefusal(product, routerA, routerB, aPort, bPort).ifPresent(refused -> {
            throw InvalidInputException.of(refused.field(), refused.refusal());
        });

        variables.put(PRODUCT.name(), PRODUCT.stored(PRODUCT.parse(product).orElseThrow()));
        variables.put(ROUTER_A.name(), ROUTER_A.stored(ROUTER_A.parse(routerA).orElseThrow()));
        variables.put(ROUTER_B.name(), ROUTER_B.stored(ROUTER_B.parse(routerB).orElseThrow()));
        // as Tasklist's selects submit them
        variables.put(A_PORT.name(), A_PORT.parse(aPort).orElseThrow().toString());
        variables.put(B_PORT.name(), B_PORT.parse(bPort).orElseThrow().toString());
        return variables;
    }
}
