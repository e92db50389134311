package org.netorch.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a load run needs in the product's NetBox simulator, set up untimed over the simulator's API: enough planned
 * routers (shaped like the seeded ones, each on its own site with four 400G ports and a loopback), and which
 * ports each circuit of a batch joins.
 */
final class BenchTopology {

    static final int PORTS_PER_ROUTER = 4;

    private final BenchHttp netbox;

    BenchTopology(BenchHttp netbox) {
        this.netbox = netbox;
    }

    /** Adds planned routers {@code bench<n>-core} until at least {@code wanted} devices are planned. */
    void ensurePlannedRouters(int wanted) {
        int missing = wanted - plannedDeviceIds().size();
        if (missing <= 0) {
            return;
        }
        JsonNode model = netbox.get("/api/dcim/devices/?name=loc1-core").path("results").get(0);
        List<Map<String, Object>> sites = new ArrayList<>();
        for (int n = 1; n <= missing; n++) {
            sites.add(Map.of("name", "Bench site " + n, "slug", "bench-site-" + n));
        }
        JsonNode createdSites = netbox.post("/api/dcim/sites/", sites);
        List<Map<String, Object>> devices = new ArrayList<>();
        for (int n = 1; n <= missing; n++) {
            devices.add(Map.of("name", "bench" + n + "-core", "device_type", model.path("device_type").path("id"),
                    "role", model.path("role").path("id"), "site", createdSites.get(n - 1).path("id"),
                    "status", "planned"));
        }
        JsonNode createdDevices = netbox.post("/api/dcim/devices/", devices);
        List<Map<String, Object>> interfaces = new ArrayList<>();
        for (JsonNode device : createdDevices) {
            for (int connector = 1; connector <= PORTS_PER_ROUTER; connector++) {
                interfaces.add(Map.of("device", device.path("id"), "name", "1/1/c" + connector + "/1",
                        "type", "400gbase-x-qsfpdd", "speed", 400_000_000));
            }
            interfaces.add(Map.of("device", device.path("id"), "name", "loopback0", "type", "virtual"));
        }
        JsonNode createdInterfaces = netbox.post("/api/dcim/interfaces/", interfaces);
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (int n = 1; n <= missing; n++) {
            JsonNode loopback = createdInterfaces.get(n * (PORTS_PER_ROUTER + 1) - 1);
            String dns = "bench" + n + "-core.igp.orch.example.com";
            addresses.add(address("10.1." + (n / 256) + "." + (n % 256) + "/32", dns, loopback));
            addresses.add(address("2001:db8:1::" + Integer.toHexString(n) + "/128", dns, loopback));
        }
        JsonNode createdAddresses = netbox.post("/api/ipam/ip-addresses/", addresses);
        for (int n = 1; n <= missing; n++) {
            netbox.patch("/api/dcim/devices/" + createdDevices.get(n - 1).path("id").asLong() + "/",
                    Map.of("primary_ip4", createdAddresses.get(2 * n - 2).path("id"),
                            "primary_ip6", createdAddresses.get(2 * n - 1).path("id")));
        }
    }

    List<Long> plannedDeviceIds() {
        List<Long> ids = new ArrayList<>();
        String next = "/api/dcim/devices/?status=planned&limit=1000";
        while (next != null) {
            JsonNode page = netbox.get(next);
            page.path("results").forEach(device -> ids.add(device.path("id").asLong()));
            JsonNode link = page.path("next");
            next = link.isTextual() ? link.asText().substring(link.asText().indexOf("/api/")) : null;
        }
        return ids;
    }

    /** The 400G interface {@code 1/1/c<connector>/1} of each device, by device id. */
    Map<Long, Long> ports(List<Long> deviceIds, int connector) {
        Map<Long, Long> ports = new HashMap<>();
        for (long device : deviceIds) {
            JsonNode found = netbox.get("/api/dcim/interfaces/?device_id=" + device + "&name=1/1/c" + connector
                    + "/1").path("results");
            ports.put(device, found.get(0).path("id").asLong());
        }
        return ports;
    }

    private static Map<String, Object> address(String cidr, String dns, JsonNode loopback) {
        return Map.of("address", cidr, "status", "active", "role", "loopback", "dns_name", dns,
                "assigned_object_type", "dcim.interface", "assigned_object_id", loopback.path("id"));
    }
}
