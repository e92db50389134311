package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class JobTimingsTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final Duration HALF_A_MINUTE = Duration.ofSeconds(30);
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @Test
    void theDefaultsAreSafe() {
        var environment = new MockEnvironment();

        new JobTimingRules().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.job-execution.lock-time-in-millis")).isEqualTo("90000");
    }

    @Test
    void theLockTimeIsSetInAnyDurationUnit() {
        var environment = new MockEnvironment().withProperty("orchestrator.job-lock-time", "2m");

        new JobTimingRules().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.job-execution.lock-time-in-millis")).isEqualTo("120000");
    }

    @Test
    void aRetryLookingUpWhileTheWriteIsStillInDoubtIsRefused() {
        var timings = new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT5S", HALF_A_MINUTE, TWO_MINUTES);

        assertThat(timings.inDoubtWindow()).isEqualTo(Duration.ofSeconds(35));
        assertThat(timings.violations()).singleElement().asString()
                .contains("netbox.retry-cycle R3/PT5S retries 5s after netbox.read-timeout 10s")
                .contains("netbox.request-limit 30s + 5s = 35s");
    }

    @Test
    void aRetryAtTheEndOfTheInDoubtWindowIsAllowed() {
        // the write was sent at most 10 s before the read timeout gave up on it
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT24S", HALF_A_MINUTE, TWO_MINUTES).violations())
                .hasSize(1);
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT25S", HALF_A_MINUTE, TWO_MINUTES).violations())
                .isEmpty();
    }

    @Test
    void aListOfIntervalsIsJudgedByItsShortest() {
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "PT1M,PT5S,PT10M", HALF_A_MINUTE, TWO_MINUTES)
                .violations()).singleElement().asString().contains("retries 5s after");
        assertThat(JobTimings.shortestRetryInterval("PT1M, PT30S")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRetryCycleThatIsNoDurationIsNamed() {
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "every five seconds", HALF_A_MINUTE, TWO_MINUTES)
                .violations()).singleElement().asString().contains("netbox.retry-cycle every five seconds is not");
    }

    @Test
    void theLockMustOutlastTheSlowestStep() {
        // the in-doubt window (30 s + 5 s), three calls of (2 s connect + 10 s read) and 5 s of the step's own work
        var timings = new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT30S", HALF_A_MINUTE, Duration.ofSeconds(76));

        assertThat(timings.slowestStep()).isEqualTo(Duration.ofSeconds(76));
        assertThat(timings.violations()).singleElement().asString()
                .contains("orchestrator.job-lock-time 1m16s is not longer than the slowest step")
                .contains("netbox.request-limit 30s")
                .contains("netbox.read-timeout 10s");
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT30S", HALF_A_MINUTE, Duration.ofSeconds(77))
                .violations()).isEmpty();
    }

    @Test
    void aLongerNetBoxRequestLimitNeedsLongerRetriesAndALongerLock() {
        var environment = new MockEnvironment().withProperty("netbox.request-limit", "60s");

        assertThatThrownBy(() -> new JobTimingRules().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(UnsafeJobTimingsException.class, refused -> assertThat(refused.violations())
                        .satisfiesExactly(
                                retry -> assertThat(retry).contains("netbox.request-limit 1m + 5s = 1m5s"),
                                lock -> assertThat(lock).contains("orchestrator.job-lock-time 1m30s")));
    }

    @Test
    void unsafeSettingsStopTheStartAndTheMessageNamesThem() {
        var environment = new MockEnvironment()
                .withProperty("netbox.read-timeout", "30s")
                .withProperty("netbox.retry-cycle", "R3/PT2S");

        assertThatThrownBy(() -> new JobTimingRules().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(UnsafeJobTimingsException.class, refused -> {
                    assertThat(refused.violations()).hasSize(2);
                    FailureAnalysis analysis = new UnsafeJobTimingsFailureAnalyzer()
                            .analyze(new IllegalStateException(refused));
                    assertThat(analysis.getDescription())
                            .contains("netbox.retry-cycle R3/PT2S")
                            .contains("orchestrator.job-lock-time 1m30s is not longer than the slowest step");
                    assertThat(analysis.getAction())
                            .contains("netbox.request-limit").contains("orchestrator.job-lock-time")
                            .contains("netbox.read-timeout");
                });
    }

    @Test
    void aLockTimeSetOnCamundaDirectlyIsTheOneChecked() {
        var environment = new MockEnvironment()
                .withProperty("camunda.bpm.job-execution.lock-time-in-millis", "20000");

        assertThatThrownBy(() -> new JobTimingRules().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("orchestrator.job-lock-time 20s");
    }
}
