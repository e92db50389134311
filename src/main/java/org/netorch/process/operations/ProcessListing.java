package org.netorch.process.operations;

import java.util.List;

/** One page of workflow instances, newest first, and how many match in all. */
public record ProcessListing(List<Item> items, long total) {

    /** An instance as a list shows it; {@code failure} only for a failed one. */
    public record Item(ProcessSummary summary, String businessKey, ProcessDetails.Failure failure) {
    }
}
