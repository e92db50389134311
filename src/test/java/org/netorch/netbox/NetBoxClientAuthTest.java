package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetBoxClientAuthTest {

    private static final String V2_TOKEN = "nbt_demoKey12345.0123456789abcdefABCDEF0123456789abcdefAB";
    private static final String V1_TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start()
            .answer("GET", "/api/status/", 200, "{\"netbox-version\": \"4.6.8\"}");

    @Test
    void sendsAV2TokenAsBearer() {
        netBox.client(V2_TOKEN).status();

        assertThat(netBox.lastRequest().header("Authorization")).isEqualTo("Bearer " + V2_TOKEN);
    }

    @Test
    void sendsALegacyTokenAsToken() {
        netBox.client(V1_TOKEN).status();

        assertThat(netBox.lastRequest().header("Authorization")).isEqualTo("Token " + V1_TOKEN);
    }

    @Test
    void asksForJsonAndSendsJsonBodies() {
        netBox.answer("PATCH", "/api/dcim/devices/1/", 200, "{\"id\": 1}");
        NetBoxClient client = netBox.client(V1_TOKEN);

        client.status();
        assertThat(netBox.lastRequest().header("Accept")).isEqualTo("application/json");
        client.updateDeviceStatus(1, "active");
        assertThat(netBox.lastRequest().header("Accept")).isEqualTo("application/json");
        assertThat(netBox.lastRequest().header("Content-Type")).startsWith("application/json");
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() {
        netBox.client("").status();

        assertThat(netBox.lastRequest().header("Authorization")).isNull();
    }

    @Test
    void neverShowsTheTokenInErrorsOrConfiguration() {
        netBox.answer("GET", "/api/dcim/devices/1/", 403,
                "{\"detail\": \"Invalid v2 token " + V2_TOKEN + "\"}");

        NetBoxException error = catchThrowableOfType(NetBoxException.class,
                () -> netBox.client(V2_TOKEN).device(1));
        NetBoxProperties properties = new NetBoxProperties("https://netbox.example.net", V2_TOKEN,
                Duration.ofSeconds(2), Duration.ofSeconds(10), 200, "2001:db8:10::/44", "R3/PT5S",
                Duration.ofSeconds(30));

        assertThat(error.getMessage()).startsWith("GET /api/dcim/devices/1/ → 403 Forbidden: Invalid v2 token")
                .doesNotContain(V2_TOKEN).doesNotContain("demoKey12345");
        assertThat(properties.toString()).contains("token=****").doesNotContain(V2_TOKEN);
        assertThat(new ConfiguredNetBoxEndpoint(properties).toString()).doesNotContain(V2_TOKEN);
    }
}
