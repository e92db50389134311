package org.netorch.process.operations;

import java.util.Map;
import java.util.Optional;

import org.netorch.process.shared.StartInputRules;
import org.springframework.stereotype.Component;

/** The start-input rules of each workflow are its definition's, the ones our API applies before it starts one. */
@Component
class WorkflowStartRules implements StartInputRules {

    private final WorkflowCatalog catalog;

    WorkflowStartRules(WorkflowCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> refusal(String processKey, Map<String, Object> startVariables) {
        try {
            catalog.require(processKey).startVariables(startVariables);
            return Optional.empty();
        } catch (InvalidInputException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
