package org.netorch.process.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
import org.springframework.stereotype.Component;

/** create_node over our API: an optional {@code device_id} (then the choice task is skipped) and {@code customer_id}. */
@Component
class CreateNodeWorkflow implements WorkflowDefinition {

    private static final Set<String> FIELDS = Set.of(CreateNodeProcess.DEVICE_ID, ProcessVariables.CUSTOMER_ID);

    private final NodeCandidates candidates;

    CreateNodeWorkflow(NodeCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public String key() {
        return CreateNodeProcess.KEY;
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
        Object device = input.get(CreateNodeProcess.DEVICE_ID);
        if (device != null) {
            long deviceId = deviceId(device);
            String refusal = candidates.refusal(deviceId);
            if (refusal != null) {
                throw new InvalidInputException(CreateNodeProcess.DEVICE_ID, refusal);
            }
            variables.put(CreateNodeProcess.DEVICE_ID, Long.toString(deviceId));
        }
        return variables;
    }

    private static long deviceId(Object value) {
        try {
            long id = value instanceof Number number && number.doubleValue() == number.longValue()
                    ? number.longValue() : Long.parseLong(value.toString().trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal below
        }
        throw new InvalidInputException(CreateNodeProcess.DEVICE_ID,
                "'" + value + "' is not a NetBox device id (a positive whole number)");
    }
}
