package org.netorch.process.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netorch.process.operations.StartInput;
import org.netorch.process.operations.WorkflowDefinition;
import org.springframework.stereotype.Component;

/** validate_subscriptions over our API: no input; its summary is the counts it ends with. */
@Component
class ValidateSubscriptionsWorkflow implements WorkflowDefinition {

    @Override
    public String key() {
        return ValidateSubscriptionsProcess.KEY;
    }

    @Override
    public boolean createsSubscription() {
        return false;
    }

    @Override
    public Map<String, Object> startVariables(Map<String, Object> input) {
        StartInput.refuseUnknownFields(key(), Set.of(), input);
        return Map.of();
    }

    @Override
    public List<String> summaryVariables() {
        return List.of(ValidateSubscriptionsProcess.CHECKED, ValidateSubscriptionsProcess.IN_SYNC,
                ValidateSubscriptionsProcess.DRIFT, ValidateSubscriptionsProcess.SKIPPED);
    }
}
