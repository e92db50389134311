package org.netorch.process.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The workflows our API can start: one {@link WorkflowDefinition} bean per process key. */
@Component
public class WorkflowCatalog {

    private final Map<String, WorkflowDefinition> byKey;

    WorkflowCatalog(List<WorkflowDefinition> definitions) {
        this.byKey = definitions.stream()
                .collect(Collectors.toMap(WorkflowDefinition::key, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two workflow definitions for the key " + a.key());
                }, TreeMap::new));
    }

    public Optional<WorkflowDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public WorkflowDefinition require(String key) {
        String known = byKey.isEmpty() ? "none" : String.join(", ", keys());
        return find(key).orElseThrow(() -> new ProcessNotFoundException(
                "unknown workflow '" + key + "'; known workflows: " + known));
    }

    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }
}
