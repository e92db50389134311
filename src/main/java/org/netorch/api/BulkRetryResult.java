package org.netorch.api;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** How many failed workflows got one more try, which, and whether more matched than the limit. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record BulkRetryResult(int retried, List<String> processIds, boolean more) {
}
