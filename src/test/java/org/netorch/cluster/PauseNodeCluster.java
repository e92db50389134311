package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;

/**
 * A node paused ({@code kill -STOP}) with steps in flight, for longer than it takes the other node to take it for dead
 * and finish its work, then resumed ({@code kill -CONT}): it carries on with the steps it had begun, and none of their
 * effects happens twice. Its commits fail Camunda's optimistic locking on the job and execution rows the survivor
 * changed (ADR 0008), so each subscription changes status once, each device is enrolled once, each circuit has one
 * cable, one /64, one /127 and two addresses, and no incident is left. The resumed node then works as before.
 */
class PauseNodeCluster {

    static final int WORKFLOWS = Integer.getInteger("cluster.workflows", 10);
    static final int CIRCUITS = Integer.getInteger("cluster.circuits", 1);
    static final Duration LIMIT = Duration.ofMinutes(6);
    /** What the paused node finds once it runs again takes the resumed node a few heartbeats to act on. */
    static final Duration AFTER_RESUME = Duration.ofSeconds(10);

    @Test
    void aNodeResumedAfterItsWorkWasTakenOverDoesNothingTwice() {
        String database = TestDatabase.freshPostgresDatabase();
        try (NodeProcess netBox = NodeProcess.simulator("pause-netbox").start();
             NodeProcess a = NodeProcess.app("pause-a", database, netBox, KillNodeCluster.DEFAULTS);
             NodeProcess b = NodeProcess.app("pause-b", database, netBox, KillNodeCluster.DEFAULTS)) {
            netBox.awaitUp("/netbox/api/status/", LIMIT);
            a.start();
            b.start();
            ClusterNetBox routers = new ClusterNetBox(netBox);
            ClusterRuns runs = ClusterRuns.waitingOnTwoNodes(routers, a, b, WORKFLOWS, CIRCUITS, LIMIT);
            routers.slowDownDeviceAndCableUpdates(KillNodeCluster.SLOW_NETBOX);
            runs.completeConfigTasks(List.of(a), LIMIT);
            a.pause();
            Instant paused = Instant.now();
            assertThat(runs.unfinished(b)).as("workflows unfinished when the node was paused").isPositive();

            Instant last = runs.awaitAllCompleted(b, LIMIT);
            System.out.printf("CLUSTER kill -STOP of one of two nodes: the last workflow completed %.1f s after "
                    + "the pause%n", Duration.between(paused, last).toMillis() / 1000.0);
            assertThat(b.logLinesWith("took it for dead")).as("the survivor took the paused node over").isOne();
            a.resume();
            NodeProcess.pause(AFTER_RESUME);

            assertThat(a.logLinesWith("was taken for dead by another node")).as("the resumed node noticed").isOne();
            runs.assertEachDeviceEnrolledOnce(b, routers, WORKFLOWS + 2 * CIRCUITS);
            runs.assertEachCircuitBuiltOnce(b, routers);
            runs.assertEachStatusChangeRecordedOnce(b);

            ClusterRuns afterwards = new ClusterRuns();
            afterwards.enroll(routers.addPlannedRouters(2 * CIRCUITS + WORKFLOWS + 1, 1), List.of(a));
            afterwards.completeConfigTasks(List.of(a), LIMIT);
            afterwards.awaitAllCompleted(a, LIMIT);
        }
    }
}
