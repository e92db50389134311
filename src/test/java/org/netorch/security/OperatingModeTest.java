package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
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

    @Test
    void aConfiguredDatabaseWithoutNetBoxRefusesToStartAndSaysWhatToSet() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.net/orchestrator?password=x");

        assertThatThrownBy(() -> mode.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(OperatingModeException.class)
                .hasMessageContaining("jdbc:postgresql")
                .hasMessageNotContaining("password=x");
        FailureAnalysis analysis = new OperatingModeFailureAnalyzer()
                .analyze(new IllegalStateException(catchMode(environment)));
        assertThat(analysis.getAction()).contains("NETBOX_URL", "ORCHESTRATOR_DEMO=true");
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isNull();
    }

    @Test
    void thePostgresProfileWithoutNetBoxIsNoDemoEither() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> mode.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(OperatingModeException.class)
                .hasMessageContaining("postgres");
    }

    @Test
    void theDemoRunsOnAConfiguredDatabaseWhenAskedFor() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1/orchestrator")
                .withProperty("orchestrator.demo", "true");

        mode.postProcessEnvironment(environment, new SpringApplication());

        assertThat(OperatingMode.isDemo(environment)).isTrue();
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("demo");
    }

    @Test
    void demoModeAndARealNetBoxContradictEachOther() {
        var environment = new MockEnvironment()
                .withProperty("netbox.url", "https://netbox.example.net")
                .withProperty("orchestrator.admin.password", "s3cret-from-env")
                .withProperty("orchestrator.demo", "true");

        assertThat(catchMode(environment).action()).contains("Unset");
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isNull();
    }

    @Test
    void leavingDemoModeNeedsANetBox() {
        var environment = new MockEnvironment().withProperty("orchestrator.demo", "false");

        assertThat(catchMode(environment).action()).contains("NETBOX_URL");
    }

    @Test
    void theEmbeddedDefaultIsTheDatabaseOfApplicationYml() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));

        assertThat(yaml.get(0).getProperty("spring.datasource.url")).hasToString(OperatingMode.EMBEDDED_DATABASE_URL);
    }

    private OperatingModeException catchMode(MockEnvironment environment) {
        try {
            mode.postProcessEnvironment(environment, new SpringApplication());
        } catch (OperatingModeException e) {
            return e;
        }
        throw new AssertionError("the app started in an unclear mode");
    }
}
