package org.netorch.process.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The activity ids a workflow's releases renamed, from {@code <renames folder>/<process key>.json}:
 * {@code {"renamed": {"<old id>": "<new id>", …}}}, kept from release to release. A workflow that never renamed a step
 * needs no file.
 */
@Component
class ActivityRenames {

    static final String RENAMED = "renamed";

    private final ResourceLoader resources;
    private final MigrationProperties properties;
    private final ObjectMapper json;

    ActivityRenames(ResourceLoader resources, MigrationProperties properties, ObjectMapper json) {
        this.resources = resources;
        this.properties = properties;
        this.json = json;
    }

    /** Old id to new id; a rename of a rename is followed to its end. */
    Map<String, String> of(String workflowKey) {
        String folder = properties.renames().endsWith("/") ? properties.renames() : properties.renames() + "/";
        Resource file = resources.getResource(folder + workflowKey + ".json");
        if (!file.exists()) {
            return Map.of();
        }
        Map<String, String> declared = new LinkedHashMap<>();
        try (InputStream in = file.getInputStream()) {
            JsonNode renamed = json.readTree(in).path(RENAMED);
            renamed.fields().forEachRemaining(rename -> declared.put(rename.getKey(), rename.getValue().asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the renames of " + workflowKey + " from " + file, e);
        }
        Map<String, String> followed = new LinkedHashMap<>();
        declared.keySet().forEach(old -> followed.put(old, latestName(old, declared)));
        return followed;
    }

    private static String latestName(String id, Map<String, String> declared) {
        String name = declared.get(id);
        for (int hops = 0; declared.containsKey(name) && hops < declared.size(); hops++) {
            name = declared.get(name);
        }
        return name;
    }
}
