package org.netorch.process.operations;

import java.util.List;
import java.util.Map;

/**
 * What a migration of a workflow's running instances to its newest version did, or on a dry run would do.
 *
 * @param renamed the renames of the workflow's mapping file the plans used (old id to new id)
 * @param movable the instances that pass Camunda's validation, with the version they run on and the steps they
 *     stand at
 * @param blocked the instances that do not, likewise, with Camunda's reasons
 * @param batchIds the Camunda batches moving the movable instances; none on a dry run
 */
public record MigrationReport(String workflow, boolean dryRun, int targetVersion, String targetDefinitionId,
        Map<String, String> renamed, List<Movable> movable, List<Blocked> blocked, List<String> batchIds) {

    public record Movable(String processId, int fromVersion, List<String> at) {
    }

    public record Blocked(String processId, int fromVersion, List<String> at, List<String> reasons) {
    }
}
