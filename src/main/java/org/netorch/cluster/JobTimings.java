package org.netorch.cluster;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The timings that keep a NetBox step from running twice at once: a retry must start only after the failed try's
 * call has timed out, and a job's lock must outlast its slowest run, or another node takes the job over meanwhile.
 */
record JobTimings(Duration connectTimeout, Duration readTimeout, String retryCycle, Duration lockTime) {

    /**
     * The most NetBox calls one step makes: reserving the circuit /64 looks up the pool, looks for a /64 an earlier
     * try allocated, then allocates. Raise it when a step grows.
     */
    static final int MOST_CALLS_PER_STEP = 3;
    /** The step's own database work and commit, on top of its NetBox calls. */
    static final Duration STEP_MARGIN = Duration.ofSeconds(5);

    /** Connect and read timeout for every call, plus the margin. */
    Duration slowestStep() {
        return connectTimeout.plus(readTimeout).multipliedBy(MOST_CALLS_PER_STEP).plus(STEP_MARGIN);
    }

    /** What is wrong with these timings, one sentence per broken rule naming the settings; empty when safe. */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        try {
            Duration interval = shortestRetryInterval(retryCycle);
            if (interval.compareTo(readTimeout) <= 0) {
                violations.add("netbox.retry-cycle " + retryCycle + " retries after " + text(interval)
                        + ", which is not longer than netbox.read-timeout " + text(readTimeout)
                        + ": a retry could run while the NetBox call of the try before may still land");
            }
        } catch (IllegalArgumentException e) {
            violations.add("netbox.retry-cycle " + retryCycle + " is not an ISO 8601 retry cycle like R3/PT5S "
                    + "or a list of intervals like PT5S,PT30S");
        }
        if (lockTime.compareTo(slowestStep()) <= 0) {
            violations.add("orchestrator.job-lock-time " + text(lockTime) + " is not longer than the slowest step, "
                    + MOST_CALLS_PER_STEP + " NetBox calls x (netbox.connect-timeout " + text(connectTimeout)
                    + " + netbox.read-timeout " + text(readTimeout) + ") + " + text(STEP_MARGIN) + " = "
                    + text(slowestStep()) + ": another node could take over a job that is still running");
        }
        return violations;
    }

    /** {@code R3/PT5S} gives PT5S; a list {@code PT5S,PT1M} gives its shortest interval, as Camunda waits each. */
    static Duration shortestRetryInterval(String cycle) {
        String trimmed = cycle == null ? "" : cycle.strip();
        if (trimmed.matches("R\\d*/.+")) {
            return parse(trimmed.substring(trimmed.indexOf('/') + 1));
        }
        return Arrays.stream(trimmed.split(","))
                .map(String::strip)
                .map(JobTimings::parse)
                .min(Duration::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("empty retry cycle"));
    }

    private static Duration parse(String interval) {
        try {
            return Duration.parse(interval);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 duration: " + interval, e);
        }
    }

    private static String text(Duration duration) {
        return duration.toString().substring(2).toLowerCase();
    }
}
