package org.netorch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drives workflows over our API the way an operator's script would: start one, complete its open task as soon as it
 * opens, wait for it to reach a state. Benchmarks poll every 10 ms so they measure the workflow, not the polling.
 */
public record WorkflowDriver(ApiClient api, Duration pollEvery) {

    private static final long DEADLINE_NANOS = Duration.ofSeconds(60).toNanos();

    public static WorkflowDriver forTests(ApiClient api) {
        return new WorkflowDriver(api, Duration.ofMillis(200));
    }

    public static WorkflowDriver forBenchmarks(ApiClient api) {
        return new WorkflowDriver(api, Duration.ofMillis(10));
    }

    public String start(String workflow, Map<String, ?> input) {
        var started = api.post("/api/processes/" + workflow, input);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().path("id").asText();
    }

    /** Completes the task the process waits at and returns that task as the process view showed it. */
    public JsonNode completeOpenTask(String process, Map<String, ?> values) {
        JsonNode task = await(process, p -> p.path("status").asText().equals("waiting")).path("open_task");
        var completed = api.post("/api/processes/" + process + "/tasks/" + task.path("id").asText(), values);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return task;
    }

    /**
     * Starting the workflow on this subscription is refused up front with this status (400 or 409): a problem that
     * names {@code subscription_id} and the reason.
     */
    public void assertStartRefused(String workflow, String subscriptionId, int status, String reason) {
        var response = api.post("/api/processes/" + workflow, Map.of("subscription_id", subscriptionId));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo("subscription_id");
        assertThat(response.json().path("detail").asText()).contains(reason);
    }

    public JsonNode awaitEnd(String process) {
        return await(process, p -> p.path("status").asText().equals("completed"));
    }

    /** Enrolls the NetBox device through create_node and returns its ACTIVE, in-sync Node subscription. */
    public UUID enrollNode(long deviceId) {
        String process = start("create_node", Map.of("device_id", deviceId));
        completeOpenTask(process, Map.of("config_applied", true));
        return UUID.fromString(awaitEnd(process).path("subscription_ids").get(0).asText());
    }

    public JsonNode await(String process, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true) {
            JsonNode state = api.get("/api/processes/" + process).json();
            if (condition.test(state)) {
                return state;
            }
            assertThat(System.nanoTime()).as("process %s still %s", process, state).isLessThan(deadline);
            try {
                Thread.sleep(pollEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
