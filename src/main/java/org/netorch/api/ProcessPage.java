package org.netorch.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.process.operations.ProcessListing;

/** A page of workflow instances; a failed one carries the step its incident sits at and the incident message. */
record ProcessPage(List<Item> items, long total, int page, int size) {

    static ProcessPage of(ProcessListing listing, int page, int size) {
        return new ProcessPage(listing.items().stream().map(Item::of).toList(), listing.total(), page, size);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String processId, String workflow, String status, String businessKey, Instant startedAt,
            Instant endedAt, String startedBy, Failure failure) {

        static Item of(ProcessListing.Item item) {
            var summary = item.summary();
            return new Item(summary.processInstanceId(), summary.workflowKey(), summary.state().apiName(),
                    item.businessKey(), summary.startedAt(), summary.endedAt(), summary.startedBy(),
                    item.failure() == null ? null : new Failure(item.failure().step(), item.failure().message()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Failure(String step, String message) {
    }
}
