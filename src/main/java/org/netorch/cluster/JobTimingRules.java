package org.netorch.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.netorch.netbox.NetBoxProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code orchestrator.job-lock-time} into the job executor's lock time and refuses to start with timings under
 * which a NetBox step could write twice: a retry looking up before the write of the try before has settled, or a job
 * taken over while it still runs ({@link JobTimings}).
 */
public class JobTimingRules implements EnvironmentPostProcessor {

    static final String LOCK_TIME = "orchestrator.job-lock-time";
    static final String CAMUNDA_LOCK_TIME = "camunda.bpm.job-execution.lock-time-in-millis";
    static final Duration DEFAULT_LOCK_TIME = Duration.ofSeconds(90);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        Duration lockTime = binder.bind(LOCK_TIME, Duration.class).orElse(DEFAULT_LOCK_TIME);
        // last, so a lock time set directly on Camunda's property still wins and is what gets checked
        environment.getPropertySources().addLast(new MapPropertySource("orchestratorJobLockTime",
                Map.of(CAMUNDA_LOCK_TIME, Long.toString(lockTime.toMillis()))));
        Duration effectiveLock = Duration.ofMillis(binder.bind(CAMUNDA_LOCK_TIME, Long.class)
                .orElse(lockTime.toMillis()));
        NetBoxProperties netBox = binder.bindOrCreate("netbox", Bindable.of(NetBoxProperties.class));
        List<String> violations = JobTimings.of(netBox, effectiveLock).violations();
        if (!violations.isEmpty()) {
            throw new UnsafeJobTimingsException(violations);
        }
    }
}
