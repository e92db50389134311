package org.netorch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.netorch.netboxsim.SimulatorProperties;

/** The shared simulator over its NetBox API: adds planned routers shaped like the seeded ones. */
final class ClusterNetBox {

    static final String TOKEN = SimulatorProperties.DEMO_TOKEN;
    static final String ADMIN_PASSWORD = "cluster-admin";
    static final String PORT = "1/1/c1/1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String api;

    ClusterNetBox(NodeProcess simulator) {
        this.api = simulator.baseUrl() + "/netbox/api";
    }

    /** {@code count} planned routers, numbered from {@code first}. */
    List<Long> addPlannedRouters(int first, int count) {
        List<Long> devices = new ArrayList<>();
        IntStream.range(first, first + count).forEach(n -> devices.add(addPlannedRouter(n)));
        return devices;
    }

    /**
     * A planned router {@code r<n>-core} on a site of its own, with a loopback and primary IPv4 and IPv6, and one
     * 400G port ({@link #PORT}) a circuit can use.
     */
    long addPlannedRouter(int n) {
        JsonNode model = get("/dcim/devices/?name=loc1-core").path("results").get(0);
        long site = post("/dcim/sites/", Map.of("name", "Cluster site " + n, "slug", "cluster-site-" + n)).path("id")
                .asLong();
        long device = post("/dcim/devices/", Map.of("name", "r" + n + "-core",
                "device_type", model.path("device_type").path("id").asLong(),
                "role", model.path("role").path("id").asLong(), "site", site, "status", "planned")).path("id").asLong();
        long loopback = post("/dcim/interfaces/", Map.of("device", device, "name", "loopback0", "type", "virtual"))
                .path("id").asLong();
        long ipv4 = address("10.1." + (n / 250) + "." + (n % 250 + 1) + "/32", loopback, n);
        long ipv6 = address("2001:db8::1:" + Integer.toHexString(n) + "/128", loopback, n);
        send("PATCH", "/dcim/devices/" + device + "/", Map.of("primary_ip4", ipv4, "primary_ip6", ipv6));
        post("/dcim/interfaces/", Map.of("device", device, "name", PORT, "type", "400gbase-x-qsfpdd",
                "speed", 400_000_000));
        return device;
    }

    long port(long deviceId) {
        return get("/dcim/interfaces/?device_id=" + deviceId + "&name=" + PORT).path("results").get(0).path("id")
                .asLong();
    }

    /** How many objects under {@code listPath} (e.g. {@code /ipam/prefixes/}) carry the subscription's marker. */
    long marked(String listPath, String subscriptionId) {
        String marker = "[subscription " + subscriptionId + "]";
        long count = 0;
        for (JsonNode object : get(listPath + "?limit=1000").path("results")) {
            if (object.path("description").asText().contains(marker)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Every device and cable update answers after {@code delay} (a slow NetBox; the write lands), so the last NetBox
     * steps of create_node and create_circuit are in flight.
     */
    void slowDownDeviceAndCableUpdates(Duration delay) {
        slowDown("/api/dcim/devices/*/", delay);
        slowDown("/api/dcim/cables/*/", delay);
    }

    private void slowDown(String pathPattern, Duration delay) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api.replace("/netbox/api", "/netbox/_sim/faults")))
                    .header("Authorization", "Token " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("method", "PATCH",
                            "pathPattern", pathPattern, "mode", "DELAY", "delayMillis", delay.toMillis(),
                            "times", 10_000))))
                    .build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("the simulator refused the delay: " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String deviceStatus(long deviceId) {
        return get("/dcim/devices/" + deviceId + "/").path("status").path("value").asText();
    }

    private long address(String cidr, long loopback, int n) {
        return post("/ipam/ip-addresses/", Map.of("address", cidr, "status", "active", "role", "loopback",
                "dns_name", "r" + n + "-core.igp.orch.example.com", "assigned_object_type", "dcim.interface",
                "assigned_object_id", loopback)).path("id").asLong();
    }

    private JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode post(String path, Map<String, ?> body) {
        return send("POST", path, body);
    }

    private JsonNode send(String method, String path, Map<String, ?> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Token " + TOKEN)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
