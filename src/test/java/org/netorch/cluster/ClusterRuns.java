package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netorch.testsupport.ApiClient;

/** Workflow runs spread over the nodes' APIs, and what must hold once they are done. */
final class ClusterRuns {

    static final String ADMIN = "admin";
    private static final Duration POLL = Duration.ofMillis(250);

    /** create_node: process instance id → device id, in start order */
    private final Map<String, Long> enrolments = new LinkedHashMap<>();
    /** create_circuit: process instance ids, in start order */
    private final List<String> circuits = new ArrayList<>();
    private final List<String> processes = new ArrayList<>();

    /**
     * Two started nodes, each of them up, with every run waiting at its configuration task: first {@code 2 x circuits}
     * routers enrolled (the circuits' ends), then {@code workflows} create_node runs and {@code circuits}
     * create_circuit runs started over both nodes.
     */
    static ClusterRuns waitingOnTwoNodes(ClusterNetBox routers, NodeProcess a, NodeProcess b, int workflows,
            int circuits, Duration limit) {
        List<Long> endpoints = routers.addPlannedRouters(1, 2 * circuits);
        List<Long> devices = routers.addPlannedRouters(2 * circuits + 1, workflows);
        a.awaitUp("/actuator/health", limit);
        b.awaitUp("/actuator/health", limit);
        ClusterRuns enrolledFirst = new ClusterRuns();
        enrolledFirst.enroll(endpoints, List.of(a, b));
        enrolledFirst.completeConfigTasks(List.of(a, b), limit);
        enrolledFirst.awaitAllCompleted(b, limit);

        ClusterRuns runs = new ClusterRuns();
        runs.enroll(devices, List.of(a, b));
        runs.buildCircuits(enrolledFirst.enrolledNodes(b), endpoints.stream().map(routers::port).toList(),
                List.of(a, b));
        runs.awaitAllWaiting(b, limit);
        return runs;
    }

    static ApiClient api(NodeProcess node) {
        return ApiClient.at(node.baseUrl(), ADMIN, ClusterNetBox.ADMIN_PASSWORD);
    }

    /** Starts create_node for each device, round-robin over the nodes. */
    void enroll(List<Long> devices, List<NodeProcess> nodes) {
        for (int i = 0; i < devices.size(); i++) {
            enrolments.put(start("create_node", Map.of("device_id", devices.get(i)), nodes.get(i % nodes.size())),
                    devices.get(i));
        }
    }

    /**
     * Starts create_circuit between each pair of enrolled routers, on the routers' own port, round-robin over the
     * nodes; {@code nodes} are Node subscription ids, {@code ports} the NetBox interface ids, pairwise.
     */
    void buildCircuits(List<String> nodes, List<Long> ports, List<NodeProcess> apps) {
        for (int i = 0; i + 1 < nodes.size(); i += 2) {
            circuits.add(start("create_circuit", Map.of("product", "Circuit 400G", "router_a", nodes.get(i),
                    "router_b", nodes.get(i + 1), "a_port", ports.get(i), "b_port", ports.get(i + 1)),
                    apps.get(i / 2 % apps.size())));
        }
    }

    private String start(String workflow, Map<String, ?> input, NodeProcess node) {
        var started = api(node).post("/api/processes/" + workflow, input);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String process = started.json().path("id").asText();
        processes.add(process);
        return process;
    }

    void awaitAllWaiting(NodeProcess node, Duration limit) {
        processes.forEach(process -> await(api(node), process, "waiting", limit));
    }

    /** The Node subscriptions the enrolments made, in start order, once each is done. */
    List<String> enrolledNodes(NodeProcess node) {
        return enrolments.keySet().stream()
                .map(process -> api(node).get("/api/processes/" + process).json().path("subscription_ids").get(0)
                        .asText())
                .toList();
    }

    /** Ticks "Configuration applied" on each, over the next node in turn; the last NetBox step then runs as a job. */
    void completeConfigTasks(List<NodeProcess> nodes, Duration limit) {
        int i = 0;
        for (String process : processes) {
            ApiClient api = api(nodes.get(i++ % nodes.size()));
            JsonNode waiting = await(api, process, "waiting", limit);
            String task = waiting.path("open_task").path("id").asText();
            var completed = api.post("/api/processes/" + process + "/tasks/" + task, Map.of("config_applied", true));
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        }
    }

    long unfinished(NodeProcess node) {
        return processes.stream()
                .filter(p -> !api(node).get("/api/processes/" + p).json().path("status").asText().equals("completed"))
                .count();
    }

    /** Waits until every workflow is completed, as the node sees it; returns when the last one was seen done. */
    Instant awaitAllCompleted(NodeProcess node, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> open = new ArrayList<>(processes);
        while (!open.isEmpty()) {
            open.removeIf(p -> {
                JsonNode state = api(node).get("/api/processes/" + p).json();
                assertThat(state.path("status").asText()).as("process %s: %s", p, state).isNotEqualTo("failed");
                return state.path("status").asText().equals("completed");
            });
            assertThat(System.nanoTime()).as("%d workflows still unfinished: %s", open.size(), open)
                    .isLessThan(deadline);
            if (!open.isEmpty()) {
                NodeProcess.pause(POLL);
            }
        }
        return Instant.now();
    }

    /**
     * Each device is held by exactly one ACTIVE, in-sync Node subscription, it is active in NetBox, no incident;
     * {@code nodesInAll} counts the Node subscriptions of earlier runs too.
     */
    void assertEachDeviceEnrolledOnce(NodeProcess node, ClusterNetBox netBox, int nodesInAll) {
        JsonNode page = api(node).get("/api/subscriptions?product=Node&size=200").json();
        for (var entry : enrolments.entrySet()) {
            JsonNode done = api(node).get("/api/processes/" + entry.getKey()).json();
            assertThat(done.path("outcome").asText()).as(done.toString()).isEqualTo("endEvent_nodeActive");
            assertThat(netBox.deviceStatus(entry.getValue())).isEqualTo("active");
        }
        List<JsonNode> nodes = new ArrayList<>();
        page.path("items").forEach(nodes::add);
        assertThat(nodes).hasSize(nodesInAll);
        assertThat(nodes).allSatisfy(s -> {
            assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(s.path("insync").asBoolean()).as(s.toString()).isTrue();
        });
        assertThat(nodes.stream().map(s -> s.path("description").asText()).distinct()).hasSize(nodesInAll);
        assertThat(api(node).get("/engine-rest/incident/count").json().path("count").asInt()).isZero();
    }

    /**
     * Each subscription the runs made went INITIAL → PROVISIONING → ACTIVE once: no step's changes were committed
     * twice, whichever node ran it and however often it was started.
     */
    void assertEachStatusChangeRecordedOnce(NodeProcess node) {
        for (String process : processes) {
            String subscription = api(node).get("/api/processes/" + process).json().path("subscription_ids").get(0)
                    .asText();
            List<String> statusChanges = new ArrayList<>();
            for (JsonNode event : api(node).get("/api/subscriptions/" + subscription + "/events").json()) {
                if (event.path("field").asText().equals("status")) {
                    statusChanges.add(event.path("old_value").asText() + "->" + event.path("new_value").asText());
                }
            }
            assertThat(statusChanges).as("status changes of %s", subscription)
                    .containsExactly("INITIAL->PROVISIONING", "PROVISIONING->ACTIVE");
        }
    }

    /** Each circuit is ACTIVE with exactly one cable, one /64 and one /127 in NetBox carrying its marker. */
    void assertEachCircuitBuiltOnce(NodeProcess node, ClusterNetBox netBox) {
        for (String process : circuits) {
            JsonNode done = api(node).get("/api/processes/" + process).json();
            assertThat(done.path("outcome").asText()).as(done.toString()).isEqualTo("endEvent_circuitActive");
            String subscription = done.path("subscription_ids").get(0).asText();
            assertThat(netBox.marked("/dcim/cables/", subscription)).as("cables of %s", subscription).isOne();
            assertThat(netBox.marked("/ipam/prefixes/", subscription)).as("/64 and /127 of %s", subscription)
                    .isEqualTo(2);
            assertThat(netBox.marked("/ipam/ip-addresses/", subscription)).as("addresses of %s", subscription)
                    .isEqualTo(2);
        }
    }

    private static JsonNode await(ApiClient api, String process, String status, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonNode state = api.get("/api/processes/" + process).json();
            if (state.path("status").asText().equals(status)) {
                return state;
            }
            assertThat(System.nanoTime()).as("process %s still %s", process, state).isLessThan(deadline);
            NodeProcess.pause(POLL);
        }
    }
}
