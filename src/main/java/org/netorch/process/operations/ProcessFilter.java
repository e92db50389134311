package org.netorch.process.operations;

import java.time.Instant;
import java.util.UUID;

/**
 * Which workflow instances a search or a bulk retry is about; every part is optional.
 *
 * @param workflow     process key, e.g. {@code create_node}
 * @param state        how the instance stands now
 * @param subscription a subscription the instance worked on (its business key, or linked by a step)
 * @param startedAfter instances started after this moment
 * @param failedStep   the activity id an incident of the instance sits at
 */
public record ProcessFilter(String workflow, ProcessState state, UUID subscription, Instant startedAfter,
        String failedStep) {

    public ProcessFilter withState(ProcessState newState) {
        return new ProcessFilter(workflow, newState, subscription, startedAfter, failedStep);
    }
}
