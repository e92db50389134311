package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class NetBoxPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NetBoxClientConfiguration.class));

    private static ApplicationContextRunner withEnvironmentVariables(ApplicationContextRunner runner,
            Map<String, Object> variables) {
        return runner.withInitializer(app -> app.getEnvironment().getPropertySources().replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables)));
    }

    @Test
    void bindsNetBoxUrlAndTokenFromEnvironmentVariables() {
        withEnvironmentVariables(context, Map.of(
                "NETBOX_URL", "https://netbox.example.net",
                "NETBOX_TOKEN", "nbt_demoKey12345.0123456789abcdefABCDEF0123456789abcdefAB",
                "NETBOX_READ_TIMEOUT", "3s"))
                .run(app -> {
                    NetBoxProperties properties = app.getBean(NetBoxProperties.class);
                    assertThat(properties.url()).isEqualTo("https://netbox.example.net");
                    assertThat(properties.token()).startsWith("nbt_demoKey12345.");
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.demoMode()).isFalse();
                    NetBoxEndpoint endpoint = app.getBean(NetBoxEndpoint.class);
                    assertThat(endpoint.baseUrl()).isEqualTo("https://netbox.example.net");
                    assertThat(endpoint.token()).isEqualTo(properties.token());
                });
    }

    @Test
    void defaultsToDemoModeWithShortTimeoutsAndTheDemoCircuitPool() {
        context.run(app -> {
            NetBoxProperties properties = app.getBean(NetBoxProperties.class);
            assertThat(properties.demoMode()).isTrue();
            assertThat(properties.url()).isEmpty();
            assertThat(properties.token()).isEmpty();
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.pageSize()).isEqualTo(200);
            assertThat(properties.circuitPool()).isEqualTo("2001:db8:10::/44");
            assertThat(properties.retryCycle()).isEqualTo("R3/PT30S");
        });
    }

    @Test
    void refusesToStartWithAnUnusablePageSizeOrUrl() {
        context.withPropertyValues("netbox.page-size=0").run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("pageSize"));
        context.withPropertyValues("netbox.url=netbox.example.net").run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("must be empty or an http(s) URL"));
    }

    @Test
    void wiresTheClientSoThatItCallsTheNetBoxNamedInTheEnvironment() {
        try (FakeNetBox netBox = FakeNetBox.start()) {
            netBox.answer("GET", "/api/status/", 200, "{\"netbox-version\": \"4.6.8\"}");
            ApplicationContextRunner app = context
                    .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class,
                            HttpMessageConvertersAutoConfiguration.class))
                    .withBean(NetBoxClient.class);

            withEnvironmentVariables(app, Map.of("NETBOX_URL", netBox.baseUrl(), "NETBOX_TOKEN", "legacy-token"))
                    .run(started -> assertThat(started.getBean(NetBoxClient.class).status().netboxVersion())
                            .isEqualTo("4.6.8"));

            assertThat(netBox.lastRequest().header("Authorization")).isEqualTo("Token legacy-token");
        }
    }

    @Test
    void leavesTheEndpointToAnotherBeanWhenOneIsDefined() {
        NetBoxEndpoint simulator = new NetBoxEndpoint() {
            @Override
            public String baseUrl() {
                return "http://localhost:8080/netbox";
            }

            @Override
            public String token() {
                return "demo";
            }
        };

        context.withBean(NetBoxEndpoint.class, () -> simulator)
                .run(app -> assertThat(app).getBean(NetBoxEndpoint.class).isSameAs(simulator));
    }
}
