package org.netorch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Descriptions;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.PlannedEndpoint;
import org.netorch.subscription.Product;
import org.netorch.subscription.Side;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wall time of one validate_subscriptions run over {@code bench.subscriptions} (default 500) ACTIVE, in-sync
 * subscriptions, three nodes to two circuits, from {@code POST /api/processes/validate_subscriptions} to the run's
 * summary. Set up untimed: routers, ports, loopbacks, cables, prefixes and addresses in the simulator, as
 * create_node and create_circuit would leave them, and the subscriptions through the domain; one node in fifty has its
 * device set offline, so the run also records drift. Run with
 * {@code mvn verify -Pbenchmark,postgres -Dit.test=ValidateSubscriptionsBenchmark}.
 */
class ValidateSubscriptionsBenchmark extends AppIntegrationTest {

    private static final int SUBSCRIPTIONS = Integer.getInteger("bench.subscriptions", 500);
    private static final int NODES = SUBSCRIPTIONS * 3 / 5;
    private static final int CIRCUITS = SUBSCRIPTIONS - NODES;
    private static final int DRIFTED_EVERY = 50;
    private static final Duration DEADLINE = Duration.ofMinutes(30);
    private static final AuditContext SETUP = AuditContext.user("bench", "test");

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;

    private BenchHttp netbox;

    record Router(long deviceId, String name, String ipv4, String ipv6, List<Long> ports) {
    }

    @Test
    void validateSubscriptionsOverHundredsOfSubscriptions() throws InterruptedException {
        assertThat(NODES / 2 * 2).as("two ports per router pair carry at most this many circuits")
                .isGreaterThanOrEqualTo(CIRCUITS);
        cleanSlate.apply();
        netbox = BenchHttp.token("http://127.0.0.1:" + port + "/netbox", SimulatorProperties.DEMO_TOKEN);
        List<Router> routers = routers(NODES);
        List<UUID> nodes = routers.stream().map(this::activeNode).toList();
        for (int k = 0; k < CIRCUITS; k++) {
            int pair = k % (NODES / 2);
            activeCircuit(k, nodes, routers, 2 * pair, 2 * pair + 1, k / (NODES / 2));
        }
        int drifted = 0;
        for (int n = 0; n < NODES; n += DRIFTED_EVERY) {
            netbox.patch("/api/dcim/devices/" + routers.get(n).deviceId() + "/", Map.of("status", "offline"));
            drifted++;
        }

        ApiClient api = api();
        long started = System.nanoTime();
        ApiClient.Response start = api.post("/api/processes/validate_subscriptions", Map.of());
        assertThat(start.status()).as(start.body()).isEqualTo(201);
        JsonNode run = awaitEnd(api, start.json().path("id").asText());
        long took = System.nanoTime() - started;

        JsonNode summary = run.path("summary");
        assertThat(summary.path("checked").asInt()).isEqualTo(SUBSCRIPTIONS);
        assertThat(summary.path("drift").asInt()).isEqualTo(drifted);
        System.out.printf("BENCHMARK validate_subscriptions %s subscriptions=%d (%d nodes, %d circuits): wall %.1f s,"
                        + " %.1f ms per subscription; checked %d, in sync %d, drift %d, skipped %d%n",
                TestDatabase.usesPostgres() ? "postgres" : "h2", SUBSCRIPTIONS, NODES, CIRCUITS, took / 1e9,
                took / 1e6 / SUBSCRIPTIONS, summary.path("checked").asInt(), summary.path("in_sync").asInt(),
                summary.path("drift").asInt(), summary.path("skipped").asInt());
    }

    private JsonNode awaitEnd(ApiClient api, String processId) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            JsonNode state = api.get("/api/processes/" + processId).json();
            String status = state.path("status").asText();
            assertThat(status).as("run %s: %s", processId, state.path("failure")).isNotEqualTo("failed");
            if (status.equals("completed")) {
                return state;
            }
            assertThat(System.nanoTime()).as("run %s still %s", processId, status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Active routers {@code vbench<n>-core} with two 400G ports and a loopback carrying both primary addresses. */
    private List<Router> routers(int count) {
        JsonNode model = netbox.get("/api/dcim/devices/?name=loc1-core").path("results").get(0);
        long site = netbox.post("/api/dcim/sites/", Map.of("name", "Validation bench", "slug", "validation-bench"))
                .path("id").asLong();
        List<Map<String, Object>> devices = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            devices.add(Map.of("name", "vbench" + n + "-core", "device_type", model.path("device_type").path("id"),
                    "role", model.path("role").path("id"), "site", site, "status", "active"));
        }
        JsonNode created = netbox.post("/api/dcim/devices/", devices);
        List<Map<String, Object>> interfaces = new ArrayList<>();
        for (JsonNode device : created) {
            for (String name : List.of("1/1/c1/1", "1/1/c2/1")) {
                interfaces.add(Map.of("device", device.path("id"), "name", name, "type", "400gbase-x-qsfpdd",
                        "speed", 400_000_000));
            }
            interfaces.add(Map.of("device", device.path("id"), "name", "loopback0", "type", "virtual"));
        }
        JsonNode ports = netbox.post("/api/dcim/interfaces/", interfaces);
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            JsonNode loopback = ports.get(3 * n - 1);
            addresses.add(loopback("10.2." + (n / 256) + "." + (n % 256) + "/32", loopback));
            addresses.add(loopback("2001:db8:2::" + Integer.toHexString(n) + "/128", loopback));
        }
        JsonNode loopbacks = netbox.post("/api/ipam/ip-addresses/", addresses);
        List<Router> routers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            JsonNode device = created.get(n - 1);
            JsonNode ip4 = loopbacks.get(2 * n - 2);
            JsonNode ip6 = loopbacks.get(2 * n - 1);
            netbox.patch("/api/dcim/devices/" + device.path("id").asLong() + "/",
                    Map.of("primary_ip4", ip4.path("id"), "primary_ip6", ip6.path("id")));
            routers.add(new Router(device.path("id").asLong(), device.path("name").asText(),
                    ip4.path("address").asText(), ip6.path("address").asText(),
                    List.of(ports.get(3 * n - 3).path("id").asLong(), ports.get(3 * n - 2).path("id").asLong())));
        }
        return routers;
    }

    private UUID activeNode(Router router) {
        return transaction.execute(status -> {
            Subscription node = subscriptions.create(Product.NODE, "bench-customer",
                    Descriptions.nodeSubscription(router.name()), SETUP);
            node.update(NodeBlock.of(router.deviceId(), router.name(), "active").withLoopbacks(router.ipv4(), router.ipv6()), SETUP);
            activate(node);
            return node.id();
        });
    }

    /** Circuit {@code k} between routers {@code a} and {@code b} on their {@code connector}th port (0 or 1). */
    private void activeCircuit(int k, List<UUID> nodes, List<Router> routers, int a, int b, int connector) {
        Router routerA = routers.get(a);
        Router routerB = routers.get(b);
        String portName = "1/1/c" + (connector + 1) + "/1";
        long portA = routerA.ports().get(connector);
        long portB = routerB.ports().get(connector);
        UUID id = transaction.execute(status -> subscriptions.createCircuit(Product.CIRCUIT_400G, "bench-customer",
                new PlannedEndpoint(nodes.get(a), routerA.name(), portA, portName),
                new PlannedEndpoint(nodes.get(b), routerB.name(), portB, portName), SETUP).id());
        // the marker create_circuit puts at the end of every description (DESIGN §8)
        String marker = " [subscription " + id + "]";
        String block = Descriptions.circuitBlock(routerA.name(), portName, routerB.name(), portName);
        String network = "2001:db8:11:" + Integer.toHexString(k) + "::";
        long cable = netbox.post("/api/dcim/cables/", Map.of(
                "a_terminations", List.of(Map.of("object_type", "dcim.interface", "object_id", portA)),
                "b_terminations", List.of(Map.of("object_type", "dcim.interface", "object_id", portB)),
                "status", "connected", "label", id.toString().substring(0, 8), "description", block + marker))
                .path("id").asLong();
        JsonNode prefixes = netbox.post("/api/ipam/prefixes/", List.of(
                Map.of("prefix", network + "/64", "status", "active", "is_pool", true,
                        "description", block + " /64" + marker),
                Map.of("prefix", network + "/127", "status", "active", "description",
                        block + " point-to-point" + marker)));
        JsonNode ips = netbox.post("/api/ipam/ip-addresses/", List.of(
                endpoint(network + "/127", portA, Descriptions.port(routerB.name(), portName) + marker),
                endpoint(network + "1/127", portB, Descriptions.port(routerA.name(), portName) + marker)));
        transaction.executeWithoutResult(status -> {
            Subscription circuit = subscriptions.get(id);
            CircuitBlock built = circuit.block(CircuitBlock.class).orElseThrow();
            circuit.update(built.withCircuitPrefixId(prefixes.get(0).path("id").asLong())
                    .withLinkPrefixId(prefixes.get(1).path("id").asLong())
                    .withEndpoint(Side.A, built.endpointA().withAddress(ips.get(0).path("address").asText(),
                            ips.get(0).path("id").asLong()))
                    .withEndpoint(Side.B, built.endpointB().withAddress(ips.get(1).path("address").asText(),
                            ips.get(1).path("id").asLong()))
                    .withCircuitId(cable).withCircuitStatus("connected"), SETUP);
            circuit.describe(Descriptions.circuitSubscription(cable, built.circuitDescription()), SETUP);
            activate(circuit);
        });
    }

    private static void activate(Subscription subscription) {
        subscription.transitionTo(SubscriptionStatus.PROVISIONING, SETUP, Clock.systemUTC());
        subscription.transitionTo(SubscriptionStatus.ACTIVE, SETUP, Clock.systemUTC());
        subscription.markInSync(SETUP);
    }

    private static Map<String, Object> loopback(String cidr, JsonNode iface) {
        return Map.of("address", cidr, "status", "active", "role", "loopback",
                "assigned_object_type", "dcim.interface", "assigned_object_id", iface.path("id"));
    }

    private static Map<String, Object> endpoint(String cidr, long port, String description) {
        return Map.of("address", cidr, "status", "active", "description", description,
                "assigned_object_type", "dcim.interface", "assigned_object_id", port);
    }
}
