package org.netorch.api;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.process.operations.ProcessSummary;
import org.netorch.subscription.ProcessLink;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProcessSummaryView(String processId, String workflow, String status, Instant startedAt, Instant endedAt,
        String startedBy, Instant linkedAt) {

    static ProcessSummaryView of(ProcessLink link, ProcessSummary summary) {
        return new ProcessSummaryView(link.processInstanceId(), link.workflowKey(), summary.state().apiName(),
                summary.startedAt(), summary.endedAt(), summary.startedBy(), link.createdAt());
    }
}
