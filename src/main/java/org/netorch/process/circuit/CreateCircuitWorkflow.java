package org.netorch.process.circuit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
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
        String product = input.get(CreateCircuitProcess.PRODUCT).toString().trim();
        refuse(CreateCircuitProcess.PRODUCT, candidates.productRefusal(product));
        Object routerA = input.get(CreateCircuitProcess.ROUTER_A);
        Object routerB = input.get(CreateCircuitProcess.ROUTER_B);
        refuse(CreateCircuitProcess.ROUTER_A, candidates.nodeRefusal(routerA));
        refuse(CreateCircuitProcess.ROUTER_B, candidates.nodeRefusal(routerB));
        UUID a = CircuitCandidates.uuid(routerA);
        UUID b = CircuitCandidates.uuid(routerB);
        if (a.equals(b)) {
            throw new InvalidInputException(CreateCircuitProcess.ROUTER_B,
                    "the B side must be another node than the A side");
        }
        refuse(CreateCircuitProcess.A_PORT, candidates.portRefusal(input.get(CreateCircuitProcess.A_PORT), a, product));
        refuse(CreateCircuitProcess.B_PORT, candidates.portRefusal(input.get(CreateCircuitProcess.B_PORT), b, product));

        variables.put(CreateCircuitProcess.PRODUCT, product);
        variables.put(CreateCircuitProcess.ROUTER_A, a.toString());
        variables.put(CreateCircuitProcess.ROUTER_B, b.toString());
        variables.put(CreateCircuitProcess.A_PORT, input.get(CreateCircuitProcess.A_PORT).toString().trim());
        variables.put(CreateCircuitProcess.B_PORT, input.get(CreateCircuitProcess.B_PORT).toString().trim());
        return variables;
    }

    private static void refuse(String field, String refusal) {
        if (refusal != null) {
            throw new InvalidInputException(field, refusal);
        }
    }
}
