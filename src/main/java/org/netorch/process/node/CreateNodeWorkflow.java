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
            candidates.refusal(deviceId).ifPresent(refusal -> {
                throw InvalidInputException.of(CreateNodeProcess.DEVICE_ID, refusal);
            });
            variables.put(CreateNodeProcess.DEVICE_ID, Long.toString(deviceId));
        }
        return variables;
    }

    private static long deviceId(Object value) {
        return CreateNodeVariables.DEVICE_ID.parse(value).filter(id -> id > 0).orElseThrow(() ->
                new InvalidInputException(CreateNodeProcess.DEVICE_ID,
                        "'" + value + "' is not a NetBox device id (a positive whole number)"));
    }
}
