package org.netorch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drives one workflow over our API as fast as a script can: start it, complete its open task the moment it opens,
 * wait for it to end. Polls every 10 ms, so the benchmarks built on it measure the workflow, not the polling.
 */
public record WorkflowDriver(ApiClient api) {

    private static final long DEADLINE_NANOS = Duration.ofSeconds(60).toNanos();

    public String start(String workflow, Map<String, ?> input) {
        var started = api.post("/api/processes/" + workflow, input);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().path("id").asText();
    }

    public void completeOpenTask(String process, Map<String, ?> values) {
        String task = poll(process, p -> p.path("status").asText().equals("waiting")).path("open_task").path("id")
                .asText();
        var completed = api.post("/api/processes/" + process + "/tasks/" + task, values);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
    }

    public JsonNode awaitEnd(String process) {
        return poll(process, p -> p.path("status").asText().equals("completed"));
    }

    private JsonNode poll(String process, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true) {
            JsonNode state = api.get("/api/processes/" + process).json();
            if (condition.test(state)) {
                return state;
            }
            assertThat(state.path("status").asText()).as("process %s: %s", process, state).isNotEqualTo("failed");
            assertThat(System.nanoTime()).as("process %s: %s", process, state).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
