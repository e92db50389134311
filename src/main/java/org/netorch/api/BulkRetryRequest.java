package org.netorch.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Which failed workflows to retry; every field is optional, {@code limit} defaults to 100. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record BulkRetryRequest(String workflow, String step, UUID subscription, Instant startedAfter, Integer limit) {
}
