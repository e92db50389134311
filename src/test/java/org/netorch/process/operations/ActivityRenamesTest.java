package org.netorch.process.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class ActivityRenamesTest {

    @TempDir
    Path folder;

    @Test
    void aRenameOfARenameIsFollowedToItsEnd() throws IOException {
        Files.writeString(folder.resolve("create_circuit.json"), """
                {"renamed": {"userTask_confirmCircuitConfig": "userTask_applyCircuitConfig",
                             "userTask_applyCircuitConfig": "userTask_applyConfigToRouters",
                             "serviceTask_old": "serviceTask_new"}}
                """);

        assertThat(renames().of("create_circuit")).containsExactly(
                Map.entry("userTask_confirmCircuitConfig", "userTask_applyConfigToRouters"),
                Map.entry("userTask_applyCircuitConfig", "userTask_applyConfigToRouters"),
                Map.entry("serviceTask_old", "serviceTask_new"));
    }

    @Test
    void aWorkflowThatNeverRenamedAStepNeedsNoFile() {
        assertThat(renames().of("create_node")).isEmpty();
    }

    private ActivityRenames renames() {
        return new ActivityRenames(new DefaultResourceLoader(), new MigrationProperties(folder.toUri().toString()),
                new ObjectMapper());
    }
}
