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

/** create_node runs spread over the nodes' APIs, and what must hold once they are done. */
final class Enrolments {

    static final String ADMIN = "admin";
    private static final Duration POLL = Duration.ofMillis(250);

    /** process instance id → device id, in start order */
    private final Map<String, Long> processes = new LinkedHashMap<>();

    static ApiClient api(NodeProcess node) {
        return ApiClient.at(node.baseUrl(), ADMIN, ClusterNetBox.ADMIN_PASSWORD);
    }

    /** Starts create_node for each device, round-robin over the nodes. */
    void start(List<Long> devices, List<NodeProcess> nodes) {
        for (int i = 0; i < devices.size(); i++) {
            var started = api(nodes.get(i % nodes.size())).post("/api/processes/create_node",
                    Map.of("device_id", devices.get(i)));
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            processes.put(started.json().path("id").asText(), devices.get(i));
        }
    }

    void awaitAllWaiting(NodeProcess node, Duration limit) {
        processes.keySet().forEach(process -> await(api(node), process, "waiting", limit));
    }

    /** Ticks "Configuration applied" on each, over the next node in turn; the last NetBox step then runs as a job. */
    void completeConfigTasks(List<NodeProcess> nodes, Duration limit) {
        int i = 0;
        for (String process : processes.keySet()) {
            ApiClient api = api(nodes.get(i++ % nodes.size()));
            JsonNode waiting = await(api, process, "waiting", limit);
            String task = waiting.path("open_task").path("id").asText();
            var completed = api.post("/api/processes/" + process + "/tasks/" + task, Map.of("config_applied", true));
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        }
    }

    long unfinished(NodeProcess node) {
        return processes.keySet().stream()
                .filter(p -> !api(node).get("/api/processes/" + p).json().path("status").asText().equals("completed"))
                .count();
    }

    /** Waits until every workflow is completed, as the node sees it; returns when the last one was seen done. */
    Instant awaitAllCompleted(NodeProcess node, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> open = new ArrayList<>(processes.keySet());
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

    /** Each device is held by exactly one ACTIVE, in-sync Node subscription, it is active in NetBox, no incident. */
    void assertEachDeviceEnrolledOnce(NodeProcess node, ClusterNetBox netBox) {
        JsonNode page = api(node).get("/api/subscriptions?product=Node&size=200").json();
        for (var entry : processes.entrySet()) {
            JsonNode done = api(node).get("/api/processes/" + entry.getKey()).json();
            assertThat(done.path("outcome").asText()).as(done.toString()).isEqualTo("endEvent_nodeActive");
            assertThat(netBox.deviceStatus(entry.getValue())).isEqualTo("active");
        }
        List<JsonNode> nodes = new ArrayList<>();
        page.path("items").forEach(nodes::add);
        assertThat(nodes).hasSize(processes.size());
        assertThat(nodes).allSatisfy(s -> {
            assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(s.path("insync").asBoolean()).as(s.toString()).isTrue();
        });
        assertThat(nodes.stream().map(s -> s.path("description").asText()).distinct()).hasSize(processes.size());
        assertThat(api(node).get("/engine-rest/incident/count").json().path("count").asInt()).isZero();
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
