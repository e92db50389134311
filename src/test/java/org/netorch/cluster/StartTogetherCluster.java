package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;

/** Two nodes started at the same moment on an empty PostgreSQL database: both come up on one schema. */
class StartTogetherCluster {

    static final Duration START_LIMIT = Duration.ofMinutes(6);

    @Test
    void twoNodesOnAnEmptyDatabaseBothStartAndDeployOnce() {
        String database = TestDatabase.freshPostgresDatabase();
        try (NodeProcess netBox = NodeProcess.simulator("together-netbox").start();
             NodeProcess a = NodeProcess.app("together-a", database, netBox, List.of());
             NodeProcess b = NodeProcess.app("together-b", database, netBox, List.of())) {
            netBox.awaitUp("/netbox/api/status/", START_LIMIT);

            a.start();
            b.start();
            a.awaitUp("/actuator/health", START_LIMIT);
            b.awaitUp("/actuator/health", START_LIMIT);

            for (NodeProcess node : List.of(a, b)) {
                var definitions = ClusterRuns.api(node).get("/engine-rest/process-definition/count?key=create_node");
                assertThat(definitions.json().path("count").asInt()).as(node.name()).isEqualTo(1);
                assertThat(ClusterRuns.api(node).get("/api/subscriptions").status()).as(node.name()).isEqualTo(200);
            }
        }
    }
}
