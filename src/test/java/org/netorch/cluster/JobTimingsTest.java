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
    private static final Duration ONE_MINUTE = Duration.ofSeconds(60);

    @Test
    void theDefaultsAreSafe() {
        var environment = new MockEnvironment();

        new JobTimingRules().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.job-execution.lock-time-in-millis")).isEqualTo("60000");
    }

    @Test
    void theLockTimeIsSetInAnyDurationUnit() {
        var environment = new MockEnvironment().withProperty("orchestrator.job-lock-time", "2m");

        new JobTimingRules().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.job-execution.lock-time-in-millis")).isEqualTo("120000");
    }

    @Test
    void aRetryThatComesBeforeTheReadTimeoutIsRefused() {
        var timings = new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT5S", ONE_MINUTE);

        assertThat(timings.violations()).singleElement().asString()
                .contains("netbox.retry-cycle R3/PT5S retries after 5s")
                .contains("netbox.read-timeout 10s");
    }

    @Test
    void aRetryExactlyAsLongAsTheReadTimeoutIsRefusedToo() {
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT10S", ONE_MINUTE).violations()).hasSize(1);
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT11S", ONE_MINUTE).violations()).isEmpty();
    }

    @Test
    void aListOfIntervalsIsJudgedByItsShortest() {
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "PT1M,PT5S,PT10M", ONE_MINUTE).violations())
                .singleElement().asString().contains("retries after 5s");
        assertThat(JobTimings.shortestRetryInterval("PT1M, PT30S")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRetryCycleThatIsNoDurationIsNamed() {
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "every five seconds", ONE_MINUTE).violations())
                .singleElement().asString().contains("netbox.retry-cycle every five seconds is not");
    }

    @Test
    void theLockMustOutlastTheSlowestStep() {
        // three calls of (2 s connect + 10 s read) and 5 s of the step's own work
        var timings = new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT30S", Duration.ofSeconds(41));

        assertThat(timings.slowestStep()).isEqualTo(Duration.ofSeconds(41));
        assertThat(timings.violations()).singleElement().asString()
                .contains("orchestrator.job-lock-time 41s is not longer than the slowest step")
                .contains("netbox.read-timeout 10s");
        assertThat(new JobTimings(TWO_SECONDS, TEN_SECONDS, "R3/PT30S", Duration.ofSeconds(42)).violations())
                .isEmpty();
    }

    @Test
    void unsafeSettingsStopTheStartAndTheMessageNamesThem() {
        var environment = new MockEnvironment()
                .withProperty("netbox.read-timeout", "30s")
                .withProperty("netbox.retry-cycle", "R3/PT10S");

        assertThatThrownBy(() -> new JobTimingRules().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(UnsafeJobTimingsException.class, refused -> {
                    assertThat(refused.violations()).hasSize(2);
                    FailureAnalysis analysis = new UnsafeJobTimingsFailureAnalyzer()
                            .analyze(new IllegalStateException(refused));
                    assertThat(analysis.getDescription())
                            .contains("netbox.retry-cycle R3/PT10S")
                            .contains("orchestrator.job-lock-time 1m is not longer than the slowest step");
                    assertThat(analysis.getAction())
                            .contains("orchestrator.job-lock-time").contains("netbox.read-timeout");
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
