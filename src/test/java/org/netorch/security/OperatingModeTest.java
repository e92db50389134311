package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class OperatingModeTest {

    private final OperatingMode mode = new OperatingMode();

    @Test
    void withoutNetBoxTheDemoAdminIsDemoDemo() {
        var environment = new MockEnvironment();

        mode.postProcessEnvironment(environment, new SpringApplication());

        assertThat(OperatingMode.isDemo(environment)).isTrue();
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("demo");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
    }

    @Test
    void aRealNetBoxWithoutAnAdminPasswordRefusesToStartAndSaysWhy() {
        var environment = new MockEnvironment().withProperty("netbox.url", "https://netbox.example.net");

        assertThatThrownBy(() -> mode.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(MissingAdminPasswordException.class)
                .hasMessageContaining("NETBOX_URL");
        FailureAnalysis analysis = new MissingAdminPasswordFailureAnalyzer()
                .analyze(new IllegalStateException(new MissingAdminPasswordException()));
        assertThat(analysis.getAction()).contains("ORCHESTRATOR_ADMIN_PASSWORD");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isNull();
    }

    @Test
    void aRealNetBoxTakesTheAdminFromTheEnvironmentAndHasNoDemoUser() {
        var environment = new MockEnvironment()
                .withProperty("netbox.url", "https://netbox.example.net")
                .withProperty("orchestrator.admin.user", "noc")
                .withProperty("orchestrator.admin.password", "s3cret-from-env");

        mode.postProcessEnvironment(environment, new SpringApplication());

        assertThat(OperatingMode.isDemo(environment)).isFalse();
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("noc");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("s3cret-from-env");
    }

    @Test
    void anExplicitSettingWinsOverTheDemoDefaults() {
        var environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "alice");

        mode.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("alice");
    }
}
