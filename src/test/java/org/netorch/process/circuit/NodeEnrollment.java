package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;

/** Drives workflows over our API the way an operator's script would: start, wait, complete the open task. */
record NodeEnrollment(ApiClient api) {

    private static final Duration DEADLINE = Duration.ofSeconds(40);

    /** Enrolls the NetBox device through create_node and returns its ACTIVE, in-sync Node subscription. */
    UUID activeNode(long deviceId) {
        String process = start("create_node", Map.of("device_id", deviceId));
        completeOpenTask(process, Map.of("config_applied", true));
        JsonNode done = await(process, p -> p.path("status").asText().equals("completed"));
        return UUID.fromString(done.path("subscription_ids").get(0).asText());
    }

    String start(String workflow, Map<String, Object> input) {
        Response response = api.post("/api/processes/" + workflow, input);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    JsonNode completeOpenTask(String process, Map<String, Object> values) {
        JsonNode task = await(process, p -> p.path("status").asText().equals("waiting")).path("open_task");
        Response completed = api.post("/api/processes/" + process + "/tasks/" + task.path("id").asText(), values);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return task;
    }

    JsonNode await(String process, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode state = api.get("/api/processes/" + process).json();
        while (!condition.test(state)) {
            assertThat(System.nanoTime()).as("process %s still %s", process, state).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            state = api.get("/api/processes/" + process).json();
        }
        return state;
    }
}
