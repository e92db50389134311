package org.netorch.cluster;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How nodes tell they are alive: each writes its heartbeat every {@code heartbeatInterval}; a node whose heartbeat is
 * older than {@code nodeDeadAfter} is taken for dead and its jobs are handed back to every node's job executor.
 */
@Validated
@ConfigurationProperties("orchestrator.cluster")
record ClusterProperties(
        @DefaultValue("2s") @NotNull Duration heartbeatInterval,
        @DefaultValue("10s") @NotNull Duration nodeDeadAfter) {

    /** A live node misses a few beats (a slow database, a garbage collection) before it is taken for dead. */
    @AssertTrue(message = "orchestrator.cluster.node-dead-after must be at least three heartbeat intervals")
    boolean isDeadAfterSeveralBeats() {
        boolean beats = !heartbeatInterval.isNegative() && !heartbeatInterval.isZero();
        return beats && nodeDeadAfter.compareTo(heartbeatInterval.multipliedBy(3)) >= 0;
    }
}
