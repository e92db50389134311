package org.netorch.cluster;

import org.netorch.netbox.NetBoxProperties;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start refused by {@link JobTimingRules}: which settings break which rule, and what to change. */
public class UnsafeJobTimingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeJobTimingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeJobTimingsException cause) {
        return new FailureAnalysis(
                "The job timings could let a NetBox step write twice:\n  - "
                        + String.join("\n  - ", cause.violations()),
                "Make netbox.read-timeout + the netbox.retry-cycle interval at least netbox.request-limit + "
                        + NetBoxProperties.IN_DOUBT_MARGIN.toSeconds() + "s, and orchestrator.job-lock-time longer "
                        + "than that in-doubt window + " + JobTimings.MOST_CALLS_PER_STEP
                        + " x (netbox.connect-timeout + netbox.read-timeout) + " + JobTimings.STEP_MARGIN.toSeconds()
                        + "s; or shorten the NetBox timeouts.",
                cause);
    }
}
