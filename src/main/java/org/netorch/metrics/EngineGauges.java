package org.netorch.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open incidents and executable and locked jobs, counted in the shared database (so every node reports the same
 * figures). The counts are kept for a few seconds, so frequent scrapes cost at most one round of queries each.
 */
class EngineGauges implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Counts counts;
    private Instant countedAt = Instant.MIN;

    EngineGauges(RuntimeService runtime, ManagementService management, IdentityService identity, JdbcTemplate jdbc,
            Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "orchestrator.incidents.open", "open incidents, all workflows", Counts::incidents);
        gauge(registry, "orchestrator.jobs.executable", "jobs due to run now, with retries left", Counts::executable);
        gauge(registry, "orchestrator.jobs.locked", "jobs a node holds a lock on", Counts::locked);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Counts> value) {
        Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.counts()))
                .description(description)
                .register(registry);
    }

    synchronized Counts counts() {
        Instant now = clock.instant();
        if (counts == null || countedAt.plus(FRESH_FOR).isBefore(now)) {
            counts = count(now);
            countedAt = now;
        }
        return counts;
    }

    private Counts count(Instant now) {
        // the figures are for the whole orchestrator, whoever scrapes them
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            long incidents = runtime.createIncidentQuery().count();
            long executable = management.createJobQuery().executable().count();
            // the engine's job query has no lock filter; the lock expiry is written in the JVM's local time
            Long locked = jdbc.queryForObject("select count(*) from ACT_RU_JOB where LOCK_EXP_TIME_ > ?",
                    Long.class, Timestamp.from(now));
            return new Counts(incidents, executable, locked == null ? 0 : locked);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    record Counts(long incidents, long executable, long locked) {
    }
}
