package org.netorch.cluster;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.netorch.netbox.NetBoxProperties;

/**
 * The timings that keep a NetBox step from writing twice. A write NetBox gave no answer to is in doubt until NetBox's
 * own request limit (plus a margin) has passed since it was sent: the retry must look up only after that, or it finds
 * nothing and writes again while the first write may still land. And a job's lock must outlast its slowest run, or
 * another node takes the job over meanwhile.
 */
record JobTimings(Duration connectTimeout, Duration readTimeout, String retryCycle, Duration requestLimit,
        Duration lockTime) {

    /**
     * The most NetBox calls one step makes: reserving the circuit /64 looks up the pool, looks for a /64 an earlier
     * try allocated, then allocates. Raise it when a step grows.
     */
    static final int MOST_CALLS_PER_STEP = 3;
    /** The step's own database work and commit, on top of its NetBox calls. */
    static final Duration STEP_MARGIN = Duration.ofSeconds(5);

    static JobTimings of(NetBoxProperties netBox, Duration lockTime) {
        return new JobTimings(netBox.connectTimeout(), netBox.readTimeout(), netBox.retryCycle(),
                netBox.requestLimit(), lockTime);
    }

    /** How long after it was sent a write without an answer may still land. */
    Duration inDoubtWindow() {
        return requestLimit.plus(NetBoxProperties.IN_DOUBT_MARGIN);
    }

    /**
     * A step may first wait out an earlier try's write still in doubt (a retry by hand, or a step taken over from a
     * dead node), then make its calls, each up to connect and read timeout, then its own work.
     */
    Duration slowestStep() {
        return inDoubtWindow().plus(connectTimeout.plus(readTimeout).multipliedBy(MOST_CALLS_PER_STEP))
                .plus(STEP_MARGIN);
    }

    /** What is wrong with these timings, one sentence per broken rule naming the settings; empty when safe. */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        try {
            Duration interval = shortestRetryInterval(retryCycle);
            if (readTimeout.plus(interval).compareTo(inDoubtWindow()) < 0) {
                violations.add("netbox.retry-cycle " + retryCycle + " retries " + text(interval)
                        + " after netbox.read-timeout " + text(readTimeout) + " gave up on a write, but the write "
                        + "stays in doubt for netbox.request-limit " + text(requestLimit) + " + "
                        + text(NetBoxProperties.IN_DOUBT_MARGIN) + " = " + text(inDoubtWindow())
                        + " after it was sent: the retry would look up while it may still land");
            }
        } catch (IllegalArgumentException e) {
            violations.add("netbox.retry-cycle " + retryCycle + " is not an ISO 8601 retry cycle like R3/PT5S "
                    + "or a list of intervals like PT5S,PT30S");
        }
        if (lockTime.compareTo(slowestStep()) <= 0) {
            violations.add("orchestrator.job-lock-time " + text(lockTime) + " is not longer than the slowest step, "
                    + "the in-doubt window (netbox.request-limit " + text(requestLimit) + " + "
                    + text(NetBoxProperties.IN_DOUBT_MARGIN) + ") + " + MOST_CALLS_PER_STEP
                    + " NetBox calls x (netbox.connect-timeout " + text(connectTimeout) + " + netbox.read-timeout "
                    + text(readTimeout) + ") + " + text(STEP_MARGIN) + " = " + text(slowestStep())
                    + ": another node could take over a job that is still running");
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
