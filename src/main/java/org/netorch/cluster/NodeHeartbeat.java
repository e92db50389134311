package org.netorch.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every heartbeat interval: records that this node is alive, then takes over the jobs of every node silent for longer
 * than the threshold (a survivor for a killed node, or a restarted node for its own previous run), and wakes the job
 * executor so they run at once instead of when their locks would have expired (ADR 0008).
 */
class NodeHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final NodeIdentity node;
    private final Heartbeats heartbeats;
    private final ClusterProperties properties;
    private final ProcessEngine engine;
    private ScheduledExecutorService timer;
    private boolean beaten;

    NodeHeartbeat(NodeIdentity node, Heartbeats heartbeats, ClusterProperties properties, ProcessEngine engine) {
        this.node = node;
        this.heartbeats = heartbeats;
        this.properties = properties;
        this.engine = engine;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::beatAndTakeOver, 0, properties.heartbeatInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Node {} beats every {} and takes over nodes silent for {}", node.lockOwner(),
                properties.heartbeatInterval(), properties.nodeDeadAfter());
    }

    void beatAndTakeOver() {
        try {
            if (!heartbeats.beat(node, !beaten)) {
                log.warn("Node {} was taken for dead by another node, which took over its jobs; what it still "
                        + "finishes of them will not commit", node.lockOwner());
            }
            beaten = true;
            int handedBack = 0;
            for (Heartbeats.StaleNode stale : heartbeats.silentFor(properties.nodeDeadAfter())) {
                int jobs = heartbeats.takeOver(stale);
                if (jobs >= 0) {
                    log.warn("Node {} silent since {}: took it for dead and handed back its {} locked jobs",
                            stale.lockOwner(), stale.lastSeen(), jobs);
                    handedBack += jobs;
                }
            }
            if (handedBack > 0) {
                jobExecutor().jobWasAdded();
            }
        } catch (RuntimeException e) {
            log.warn("Heartbeat of node {} failed: {}", node.lockOwner(), e.toString());
        }
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            heartbeats.leave(node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Node {} could not remove its heartbeat: {}", node.lockOwner(), e.toString());
        }
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
