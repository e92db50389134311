package org.netorch.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.process.operations.MigrationReport;

/** The answer of {@code POST /api/processes/migrations}: what moved (or would move) to the newest version, and what not. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MigrationView(String workflow, boolean dryRun, Target target, Map<String, String> renamed,
        List<Movable> movable, List<Blocked> blocked, List<String> batchIds) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Target(String definitionId, int version) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Movable(String processId, int fromVersion, List<String> at) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Blocked(String processId, int fromVersion, List<String> at, List<String> reasons) {
    }

    static MigrationView of(MigrationReport report) {
        return new MigrationView(report.workflow(), report.dryRun(),
                new Target(report.targetDefinitionId(), report.targetVersion()), report.renamed(),
                report.movable().stream().map(m -> new Movable(m.processId(), m.fromVersion(), m.at())).toList(),
                report.blocked().stream().map(b -> new Blocked(b.processId(), b.fromVersion(), b.at(), b.reasons())).toList(),
                report.batchIds());
    }
}
