package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;

/**
 * {@code kill -9} of a node while create_node and create_circuit runs are in flight, every node on the shipped
 * settings: the other node, or the same node restarted, takes the dead node's jobs over once its heartbeat is stale,
 * long before their locks would end, and finishes every run, each device enrolled exactly once, each circuit with one
 * cable, one /64 and one /127, and no incident. Prints the time from the kill (or the restart) to the last completion.
 * CI runs a small batch; the scale is {@code -Dcluster.workflows=100 -Dcluster.circuits=20} (README, "Running
 * several nodes").
 */
class KillNodeCluster {

    static final int WORKFLOWS = Integer.getInteger("cluster.workflows", 20);
    /** Each circuit joins two routers enrolled (untimed) before the measured batch. */
    static final int CIRCUITS = Integer.getInteger("cluster.circuits", 2);
    static final Duration LIMIT = Duration.ofMinutes(6);
    /** Below the read timeout: slow, not failing. */
    static final Duration SLOW_NETBOX = Duration.ofMillis(1500);
    /** The shipped settings: nothing set but what every node needs to find the database and NetBox. */
    static final List<String> DEFAULTS = List.of();
    /**
     * The goal is 20 s; a busy build machine gets some slack, but the last run must complete well before the dead
     * node's job locks (60 s by default) would have let the jobs go.
     */
    static final Duration TAKEN_OVER_WITHIN = Duration.ofSeconds(40);

    @Test
    void theSurvivorFinishesTheWorkOfAKilledNode() {
        String database = TestDatabase.freshPostgresDatabase();
        try (NodeProcess netBox = NodeProcess.simulator("kill-netbox").start();
             NodeProcess a = NodeProcess.app("kill-a", database, netBox, DEFAULTS);
             NodeProcess b = NodeProcess.app("kill-b", database, netBox, DEFAULTS)) {
            netBox.awaitUp("/netbox/api/status/", LIMIT);
            a.start();
            b.start();
            ClusterNetBox routers = new ClusterNetBox(netBox);
            ClusterRuns runs = ClusterRuns.waitingOnTwoNodes(routers, a, b, WORKFLOWS, CIRCUITS, LIMIT);
            routers.slowDownDeviceAndCableUpdates(SLOW_NETBOX);
            runs.completeConfigTasks(List.of(a), LIMIT);
            a.kill();
            Instant killed = Instant.now();
            long inFlight = runs.unfinished(b);
            assertThat(inFlight).as("workflows unfinished when the node was killed").isPositive();

            Instant last = runs.awaitAllCompleted(b, LIMIT);
            System.out.printf("CLUSTER kill -9 of one of two nodes: %d of %d workflows (%d create_node, %d "
                    + "create_circuit) unfinished at the kill, the last completed %.1f s after it%n", inFlight,
                    WORKFLOWS + CIRCUITS, WORKFLOWS, CIRCUITS, Duration.between(killed, last).toMillis() / 1000.0);
            assertThat(Duration.between(killed, last)).as("from the kill to the last completion")
                    .isLessThan(TAKEN_OVER_WITHIN);
            assertThat(b.logLinesWith("took it for dead")).as("the survivor took the killed node over").isOne();
            runs.assertEachDeviceEnrolledOnce(b, routers, WORKFLOWS + 2 * CIRCUITS);
            runs.assertEachCircuitBuiltOnce(b, routers);
        }
    }

    @Test
    void aSingleNodeRestartedAfterAKillFinishesItsWork() {
        String database = TestDatabase.freshPostgresDatabase();
        try (NodeProcess netBox = NodeProcess.simulator("restart-netbox").start();
             NodeProcess first = NodeProcess.app("restart-1", database, netBox, DEFAULTS);
             NodeProcess second = NodeProcess.app("restart-2", database, netBox, DEFAULTS)) {
            netBox.awaitUp("/netbox/api/status/", LIMIT);
            first.start();
            List<Long> devices = new ClusterNetBox(netBox).addPlannedRouters(1, WORKFLOWS);
            first.awaitUp("/actuator/health", LIMIT);

            ClusterRuns runs = new ClusterRuns();
            runs.enroll(devices, List.of(first));
            runs.awaitAllWaiting(first, LIMIT);
            new ClusterNetBox(netBox).slowDownDeviceAndCableUpdates(SLOW_NETBOX);
            runs.completeConfigTasks(List.of(first), LIMIT);
            first.kill();
            Instant killed = Instant.now();
            second.start().awaitUp("/actuator/health", LIMIT);
            Instant restarted = Instant.now();
            long unfinished = runs.unfinished(second);

            Instant last = runs.awaitAllCompleted(second, LIMIT);
            System.out.printf("CLUSTER kill -9 and restart of a single node: up again after %.1f s, "
                    + "%d of %d workflows unfinished then, the last completed %.1f s after the kill%n",
                    Duration.between(killed, restarted).toMillis() / 1000.0, unfinished, WORKFLOWS,
                    Duration.between(killed, last).toMillis() / 1000.0);
            System.out.printf("CLUSTER restart of a single node: the last completed %.1f s after it was up again%n",
                    Duration.between(restarted, last).toMillis() / 1000.0);
            assertThat(Duration.between(restarted, last)).as("from the restart to the last completion")
                    .isLessThan(TAKEN_OVER_WITHIN);
            runs.assertEachDeviceEnrolledOnce(second, new ClusterNetBox(netBox), WORKFLOWS);
        }
    }
}
