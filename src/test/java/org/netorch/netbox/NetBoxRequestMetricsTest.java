package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NetBoxRequestMetricsTest {

    @Test
    void idsFoldIntoOnePathSoEveryDeviceSharesASeries() {
        assertThat(template("https://netbox.example.net/api/dcim/devices/12/")).isEqualTo("/api/dcim/devices/{id}/");
        assertThat(template("http://127.0.0.1:8080/netbox/api/ipam/prefixes/7/available-prefixes/"))
                .isEqualTo("/api/ipam/prefixes/{id}/available-prefixes/");
    }

    @Test
    void queriesAndTheBasePathAreLeftOut() {
        assertThat(template("http://127.0.0.1:8080/netbox/api/dcim/interfaces/?device_id=3&limit=200"))
                .isEqualTo("/api/dcim/interfaces/");
        assertThat(template("https://nb.example.net/api/status/")).isEqualTo("/api/status/");
    }

    @Test
    void namesThatContainDigitsStay() {
        assertThat(template("https://nb.example.net/api/ipam/ip-addresses/40/")).isEqualTo("/api/ipam/ip-addresses/{id}/");
        assertThat(template("https://nb.example.net/api/dcim/cables/v2x/")).isEqualTo("/api/dcim/cables/v2x/");
    }

    private static String template(String uri) {
        return NetBoxRequestMetrics.pathTemplate(URI.create(uri));
    }
}
