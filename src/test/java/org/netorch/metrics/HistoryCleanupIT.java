package org.netorch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** History older than its time to live is removed every night, inside the configured window. */
class HistoryCleanupIT extends AppIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;

    @Test
    void theCleanupJobIsScheduledInsideTheNightlyWindowByRemovalTime() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

        assertThat(history.findHistoryCleanupJobs()).isNotEmpty().allSatisfy(HistoryCleanupIT::dueInTheWindow);
    }

    private static void dueInTheWindow(Job job) {
        LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
        assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }
}
