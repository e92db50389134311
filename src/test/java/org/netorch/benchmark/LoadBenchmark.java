package org.netorch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;

/**
 * Load on the product and on the bare-engine floor, each as its own {@code java -jar} process on the same database
 * server with the same driver: throughput, p50/p99 from start to end and the app's JVM CPU time per workflow (from
 * {@code /proc/<pid>/stat}, so the driver is never counted), plus start-up time and RSS. Both apps are started one
 * after the other (each start-up timed alone) and then stay up while the batches take turns: {@code bench.rounds}
 * rounds of floor, then product, per concurrency, so a machine that gets busier halfway hits both alike. Run with
 * {@code mvn verify -Pbenchmark,postgres -Dit.test=LoadBenchmark}; see README "Benchmarks".
 */
class LoadBenchmark {

    private static final String NETBOX_TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String SIMULATOR_STORE = "--netbox.simulator.store-url=jdbc:h2:mem:bench-sim;DB_CLOSE_DELAY=-1";
    private static final String BENCH_ADMIN_PASSWORD = "bench-admin-password";
    private static final String FLOOR = "floor floor_create_node tasklist";

    private final int n = Integer.getInteger("bench.n", 60);
    private final int warmUp = Integer.getInteger("bench.warmup", 5);
    private final int rounds = Integer.getInteger("bench.rounds", 1);
    private final List<Integer> concurrencies = Arrays.stream(System.getProperty("bench.concurrency", "1,8")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private final List<String> paths = list("bench.paths", "api,tasklist");
    private final List<String> workflows = list("bench.workflows", "create_node");
    private final int routers = Integer.getInteger("bench.routers", 290);
    private final long pollMillis = Long.getLong("bench.poll-ms", 20);
    private final String jvmArgs = System.getProperty("bench.jvm-args", "");
    private final String floorJar = System.getProperty("bench.floor.jar", "");
    /** {@code embedded}: the simulator inside the product, as in demo mode; {@code separate}: in its own JVM. */
    private final boolean separateNetBox = System.getProperty("bench.netbox", "embedded").equals("separate");
    private final Path workDir = Path.of("target", "benchmark");

    private final Map<String, List<LoadDriver.BatchResult>> results = new LinkedHashMap<>();
    private final Map<String, long[]> startups = new LinkedHashMap<>();
    private final List<AutoCloseable> cleanUp = new ArrayList<>();
    private AppProcess netBox;

    @Test
    void productBesideTheFloor() throws Exception {
        try {
            AppProcess floor = floorJar.isBlank() ? null : startFloor(Path.of(floorJar));
            // another build of the product (e.g. an earlier commit's) for a before/after beside the same floor
            String productJar = System.getProperty("bench.product.jar", "");
            Path jar = productJar.isBlank() ? AppProcess.jarIn(new File("target"), "network-orchestrator-")
                    : Path.of(productJar);
            if (separateNetBox) {
                netBox = started(AppProcess.start("netbox", jar, workDir.resolve("netbox-" + stamp()), Map.of(),
                        List.of("--netbox-simulator-only", SIMULATOR_STORE), "", "/netbox/api/status/",
                        base -> BenchHttp.token(base, NETBOX_TOKEN)));
            }
            Product product = startProduct(jar);
            LoadDriver.Workflow floorWorkflow = floor == null ? null : Workflows.tasklist(
                    BenchHttp.basic(floor.baseUrl(), "demo", "demo"), "floor_create_node",
                    (task, index) -> Map.of("ok", true), null, pollMillis);
            for (int round = 1; round <= rounds; round++) {
                for (int c : concurrencies) {
                    if (floor != null) {
                        measure(FLOOR, floorWorkflow, c, floor);
                    }
                    if (workflows.contains("create_node")) {
                        for (String path : paths) {
                            measure("product create_node " + path, product.createNode(path), c, product.app);
                        }
                    }
                }
            }
            if (workflows.contains("create_circuit")) {
                product.measureCircuits();
            }
        } finally {
            for (int i = cleanUp.size() - 1; i >= 0; i--) {
                cleanUp.get(i).close();
            }
        }
        System.out.println();
        results.forEach((label, batches) -> System.out.println(LoadDriver.BatchResult.combined(batches).summary()));
        startups.forEach((app, s) -> System.out.printf("BENCHMARK start-up %-8s %d ms to ready, RSS %d MiB%n", app,
                s[0], s[1]));
        printRatios();
    }

    private AppProcess startFloor(Path jar) throws Exception {
        String database = database("floor");
        cleanUp.add(() -> drop(database));
        Map<String, String> env = new HashMap<>();
        if (database != null) {
            env.put("FLOOR_DB_URL", database);
            env.put("FLOOR_DB_USER", pgUser());
            env.put("FLOOR_DB_PASS", pgPassword());
        }
        AppProcess floor = started(AppProcess.start("floor", jar, workDir.resolve("floor-" + stamp()), env,
                List.of(), jvmArgs, "/engine-rest/process-definition/key/floor_create_node"));
        startups.put("floor", new long[] {floor.startupMillis(), floor.rssMib()});
        return floor;
    }

    /** Demo mode with the simulator inside, or production mode against the separate simulator. */
    private Product startProduct(Path jar) throws Exception {
        String database = database("product");
        cleanUp.add(() -> drop(database));
        Map<String, String> env = new HashMap<>();
        List<String> args = new ArrayList<>();
        if (database != null) {
            args.add("--spring.profiles.active=postgres");
            env.put("SPRING_DATASOURCE_URL", database);
            env.put("SPRING_DATASOURCE_USERNAME", pgUser());
            env.put("SPRING_DATASOURCE_PASSWORD", pgPassword());
        }
        String user = "demo";
        String password = "demo";
        if (netBox != null) {
            env.put("NETBOX_URL", netBox.baseUrl() + "/netbox");
            env.put("NETBOX_TOKEN", NETBOX_TOKEN);
            env.put("ORCHESTRATOR_ADMIN_PASSWORD", BENCH_ADMIN_PASSWORD);
            user = "admin";
            password = BENCH_ADMIN_PASSWORD;
        } else {
            args.addAll(List.of("--orchestrator.demo=true", SIMULATOR_STORE));
        }
        String login = user;
        String secret = password;
        AppProcess app = started(AppProcess.start("product", jar, workDir.resolve("product-" + stamp()), env, args,
                jvmArgs, "/engine-rest/process-definition/key/create_node", base -> BenchHttp.basic(base, login,
                        secret)));
        startups.put("product", new long[] {app.startupMillis(), app.rssMib()});
        return new Product(app, BenchHttp.basic(app.baseUrl(), user, password), new BenchTopology(BenchHttp.token(
                (netBox == null ? app : netBox).baseUrl() + "/netbox", NETBOX_TOKEN)));
    }

    private AppProcess started(AppProcess app) {
        cleanUp.add(app);
        return app;
    }

    /** The product under load: its planned routers, handed out one per create_node, and its circuits. */
    private final class Product {

        private final AppProcess app;
        private final BenchHttp http;
        private final BenchTopology topology;
        private final int nodeRuns;
        private final int circuitRuns;
        private final int nodesForCircuits;
        private final List<Long> devices;
        private final AtomicInteger nextDevice = new AtomicInteger();

        Product(AppProcess app, BenchHttp http, BenchTopology topology) {
            this.app = app;
            this.http = http;
            this.topology = topology;
            int batches = concurrencies.size() * paths.size() * (n + warmUp);
            nodeRuns = workflows.contains("create_node") ? rounds * batches : 0;
            circuitRuns = workflows.contains("create_circuit") ? rounds * batches : 0;
            // a circuit joins two nodes on one 400G port each, so circuits alone need nodes too
            nodesForCircuits = circuitRuns == 0 ? 0 : Math.max(0, Math.max(2, circuitRuns * 2
                    / BenchTopology.PORTS_PER_ROUTER + 1 - nodeRuns));
            topology.ensurePlannedRouters(Math.max(routers, nodeRuns + nodesForCircuits));
            devices = topology.plannedDeviceIds();
        }

        LoadDriver.Workflow createNode(String path) {
            return LoadBenchmark.this.createNode(http, path, devices, nextDevice, nodeRuns);
        }

        void measureCircuits() {
            enrollUntimed(http, devices, nextDevice, nodesForCircuits);
            Circuits circuits = new Circuits(http, topology);
            for (int round = 1; round <= rounds; round++) {
                for (int c : concurrencies) {
                    for (String path : paths) {
                        measure("product create_circuit " + path, circuits.workflow(path), c, app);
                    }
                }
            }
        }
    }

    private LoadDriver.Workflow createNode(BenchHttp http, String path, List<Long> devices, AtomicInteger next,
            int needed) {
        assertThat(devices.size()).as("planned devices").isGreaterThanOrEqualTo(needed);
        if (path.equals("api")) {
            return Workflows.api(http, "create_node",
                    index -> Map.of("device_id", devices.get(next.getAndIncrement())), "endEvent_nodeActive",
                    pollMillis);
        }
        // Tasklist sends a select's value as a string
        return Workflows.tasklist(http, "create_node", (task, index) -> task.path("taskDefinitionKey").asText()
                        .equals("userTask_selectNode")
                        ? Map.of("device_id", Long.toString(devices.get(next.getAndIncrement())))
                        : Map.of("config_applied", true),
                "endEvent_nodeActive", pollMillis);
    }

    private void enrollUntimed(BenchHttp http, List<Long> devices, AtomicInteger next, int count) {
        LoadDriver.run("enroll nodes for circuits", createNode(http, "api", devices, next, count), count, 4,
                () -> 0);
    }

    /** Circuits between the enrolled nodes: each joins two (node, port) pairs no other circuit uses. */
    private final class Circuits {

        private final BenchHttp http;
        private final List<JsonNode> nodes = new ArrayList<>();
        private final Map<Integer, Map<Long, Long>> portsByConnector = new HashMap<>();
        private final AtomicInteger nextCircuit = new AtomicInteger();

        Circuits(BenchHttp http, BenchTopology topology) {
            this.http = http;
            for (int page = 0; ; page++) {
                JsonNode found = http.get("/api/subscriptions?product=Node&status=ACTIVE&size=200&page=" + page);
                found.path("items").forEach(nodes::add);
                if (found.path("items").size() < 200) {
                    break;
                }
            }
            List<Long> deviceIds = nodes.stream().map(node -> node.path("node").path("node_id").asLong()).toList();
            for (int connector = 1; connector <= BenchTopology.PORTS_PER_ROUTER; connector++) {
                portsByConnector.put(connector, topology.ports(deviceIds, connector));
            }
        }

        LoadDriver.Workflow workflow(String path) {
            if (path.equals("api")) {
                return Workflows.api(http, "create_circuit", index -> input(nextCircuit.getAndIncrement()),
                        "endEvent_circuitActive", pollMillis);
            }
            Map<Integer, Map<String, Object>> inputs = new java.util.concurrent.ConcurrentHashMap<>();
            return Workflows.tasklist(http, "create_circuit", (task, index) -> {
                Map<String, Object> input = inputs.computeIfAbsent(index, i -> input(nextCircuit.getAndIncrement()));
                return switch (task.path("taskDefinitionKey").asText()) {
                    case "userTask_chooseProductAndNodeA" -> Map.of("product", input.get("product"),
                            "router_a", input.get("router_a"));
                    case "userTask_chooseNodeB" -> Map.of("router_b", input.get("router_b"));
                    case "userTask_choosePorts" -> Map.of("a_port", input.get("a_port").toString(),
                            "b_port", input.get("b_port").toString());
                    default -> Map.of("config_applied", true);
                };
            }, "endEvent_circuitActive", pollMillis);
        }

        // (node, connector) slots 2i and 2i+1, filled node by node and then connector by connector
        private Map<String, Object> input(int circuit) {
            JsonNode a = nodes.get((2 * circuit) % nodes.size());
            JsonNode b = nodes.get((2 * circuit + 1) % nodes.size());
            int connectorA = 2 * circuit / nodes.size() + 1;
            int connectorB = (2 * circuit + 1) / nodes.size() + 1;
            assertThat(Math.max(connectorA, connectorB)).as("free 400G ports").isLessThanOrEqualTo(
                    BenchTopology.PORTS_PER_ROUTER);
            return Map.of("product", "Circuit 400G", "router_a", a.path("id").asText(),
                    "router_b", b.path("id").asText(),
                    "a_port", portsByConnector.get(connectorA).get(a.path("node").path("node_id").asLong()),
                    "b_port", portsByConnector.get(connectorB).get(b.path("node").path("node_id").asLong()));
        }
    }

    private void measure(String label, LoadDriver.Workflow workflow, int concurrency, AppProcess app) {
        if (warmUp > 0) {
            LoadDriver.run(label + " warm-up", workflow, warmUp, concurrency, app::cpuMillis);
        }
        boolean withNetBox = netBox != null && app.name().equals("product");
        long netBoxCpuBefore = withNetBox ? netBox.cpuMillis() : 0;
        LoadDriver.BatchResult result = LoadDriver.run(label, workflow, n, concurrency, app::cpuMillis);
        System.out.println(result.summary());
        if (withNetBox) {
            System.out.printf("BENCHMARK load %-40s n=%d c=%d: NetBox simulator process CPU %.0f ms/wf%n", label, n,
                    concurrency, (double) (netBox.cpuMillis() - netBoxCpuBefore) / n);
        }
        results.computeIfAbsent(label + " c=" + concurrency, key -> new ArrayList<>()).add(result);
    }

    private void printRatios() {
        for (int c : concurrencies) {
            List<LoadDriver.BatchResult> floorBatches = results.get(FLOOR + " c=" + c);
            if (floorBatches == null) {
                return;
            }
            LoadDriver.BatchResult floor = LoadDriver.BatchResult.combined(floorBatches);
            for (String path : paths) {
                List<LoadDriver.BatchResult> productBatches = results.get("product create_node " + path + " c=" + c);
                if (productBatches != null) {
                    LoadDriver.BatchResult product = LoadDriver.BatchResult.combined(productBatches);
                    System.out.printf("BENCHMARK ratio create_node %-8s c=%d: throughput %.2f x floor, p50 %.2f x, "
                            + "CPU/wf %.2f x, machine CPU/wf %.2f x%n", path, c,
                            product.throughput() / floor.throughput(),
                            (double) product.percentile(50) / floor.percentile(50),
                            product.cpuPerWorkflow() / floor.cpuPerWorkflow(),
                            product.machineCpuPerWorkflow() / floor.machineCpuPerWorkflow());
                }
            }
        }
        long[] floor = startups.get("floor");
        long[] product = startups.get("product");
        if (floor != null && product != null) {
            System.out.printf("BENCHMARK ratio start-up %.2f x floor, RSS %.2f x floor%n",
                    (double) product[0] / floor[0], (double) product[1] / floor[1]);
        }
    }

    /** A fresh PostgreSQL database for one app (dropped afterwards), or null for the app's own H2 file. */
    private static String database(String app) throws SQLException {
        if (!TestDatabase.usesPostgres()) {
            return null;
        }
        String name = "netorch_bench_" + app + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("create database " + name);
        return server() + name;
    }

    private static void drop(String url) throws SQLException {
        if (url != null) {
            execute("drop database if exists " + url.substring(url.lastIndexOf('/') + 1) + " with (force)");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server() + "postgres", pgUser(), pgPassword())) {
            connection.createStatement().execute(sql);
        }
    }

    private static String server() {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
    }

    private static String pgUser() {
        return env("PGUSER", "postgres");
    }

    private static String pgPassword() {
        return env("PGPASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).toList();
    }

    private static String stamp() {
        return Long.toString(System.currentTimeMillis());
    }
}
