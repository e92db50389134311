package org.netorch.process.operations;

import java.time.Instant;

public record ProcessSummary(String processInstanceId, String workflowKey, ProcessState state, Instant startedAt,
        Instant endedAt, String startedBy) {
}
