package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;

/** validate_subscriptions' timer on a two-node cluster: one run per tick, whichever node takes it. */
class ValidationTimerCluster {

    static final Duration START_LIMIT = Duration.ofMinutes(6);
    static final int TICK_SECONDS = 10;
    static final Duration WATCHED = Duration.ofSeconds(45);

    @Test
    void theScheduledValidationStartsOncePerTickNotOncePerNode() {
        String database = TestDatabase.freshPostgresDatabase();
        List<String> everyTick = List.of("--orchestrator.validation.cron=0/" + TICK_SECONDS + " * * * * ?");
        try (NodeProcess netBox = NodeProcess.simulator("timer-netbox").start();
             NodeProcess a = NodeProcess.app("timer-a", database, netBox, everyTick);
             NodeProcess b = NodeProcess.app("timer-b", database, netBox, everyTick)) {
            netBox.awaitUp("/netbox/api/status/", START_LIMIT);
            a.start();
            b.start();
            a.awaitUp("/actuator/health", START_LIMIT);
            b.awaitUp("/actuator/health", START_LIMIT);

            NodeProcess.pause(WATCHED);

            JsonNode runs = ClusterRuns.api(a)
                    .get("/engine-rest/history/process-instance?processDefinitionKey=validate_subscriptions").json();
            Map<Long, List<String>> runsPerTick = new TreeMap<>();
            for (JsonNode run : runs) {
                long tick = OffsetDateTime.parse(run.path("startTime").asText().replaceFirst("(\\d\\d)(\\d\\d)$",
                        "$1:$2")).toEpochSecond() / TICK_SECONDS;
                runsPerTick.computeIfAbsent(tick, t -> new ArrayList<>()).add(run.path("id").asText());
            }
            System.out.printf("CLUSTER validation timer every %d s on two nodes: %d runs in %d ticks%n",
                    TICK_SECONDS, runs.size(), runsPerTick.size());
            assertThat(runsPerTick).as("runs of validate_subscriptions per tick").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy((tick, ids) -> assertThat(ids).hasSize(1));
        }
    }
}
