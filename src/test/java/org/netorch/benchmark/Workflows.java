package org.netorch.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two ways an operator runs a workflow: over our API ({@code POST /api/processes/…}, input given at start), and
 * the Tasklist way over {@code /engine-rest} (start with no variables, answer each task as it opens). Both poll at
 * the same interval, so the product and the floor see the same driver.
 */
final class Workflows {

    private static final long DEADLINE_NANOS = Duration.ofMinutes(2).toNanos();

    private Workflows() {
    }

    /**
     * Starts {@code processKey} with no variables, completes every task it opens with {@code answer(task, index)}
     * and returns once the history says COMPLETED (and, if given, at {@code expectedEnd}).
     */
    static LoadDriver.Workflow tasklist(BenchHttp http, String processKey,
            BiFunction<JsonNode, Integer, Map<String, Object>> answer, String expectedEnd, long pollMillis) {
        return index -> {
            String id = http.post("/engine-rest/process-definition/key/" + processKey + "/start",
                    Map.of("variables", Map.of())).path("id").asText();
            long deadline = System.nanoTime() + DEADLINE_NANOS;
            while (true) {
                JsonNode tasks = http.get("/engine-rest/task?processInstanceId=" + id);
                if (tasks.size() > 0) {
                    JsonNode task = tasks.get(0);
                    http.post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                            Map.of("variables", typed(answer.apply(task, index))));
                    continue;
                }
                JsonNode history = http.get("/engine-rest/history/process-instance/" + id);
                String state = history.path("state").asText();
                if (state.equals("COMPLETED")) {
                    if (expectedEnd != null && http.get("/engine-rest/history/activity-instance/count?processInstanceId="
                            + id + "&activityId=" + expectedEnd).path("count").asLong() != 1) {
                        throw new IllegalStateException(processKey + " " + id + " did not end at " + expectedEnd);
                    }
                    return;
                }
                if (!state.equals("ACTIVE") || System.nanoTime() > deadline) {
                    throw new IllegalStateException(processKey + " " + id + " is " + state);
                }
                Thread.sleep(pollMillis);
            }
        };
    }

    /** Starts over our API with {@code input(index)}, ticks "Configuration applied" and waits for the outcome. */
    static LoadDriver.Workflow api(BenchHttp http, String workflowKey,
            java.util.function.IntFunction<Map<String, Object>> input, String expectedEnd, long pollMillis) {
        return index -> {
            String id = http.post("/api/processes/" + workflowKey, input.apply(index)).path("id").asText();
            JsonNode waiting = await(http, id, "waiting", pollMillis);
            http.post("/api/processes/" + id + "/tasks/" + waiting.path("open_task").path("id").asText(),
                    Map.of("config_applied", true));
            JsonNode done = await(http, id, "completed", pollMillis);
            if (!expectedEnd.equals(done.path("outcome").asText())) {
                throw new IllegalStateException(workflowKey + " " + id + " ended at " + done.path("outcome"));
            }
        };
    }

    private static JsonNode await(BenchHttp http, String id, String status, long pollMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true) {
            JsonNode process = http.get("/api/processes/" + id);
            String now = process.path("status").asText();
            if (now.equals(status)) {
                return process;
            }
            if (List.of("failed", "aborted", "completed").contains(now) || System.nanoTime() > deadline) {
                throw new IllegalStateException("process " + id + " is " + now + ": " + process);
            }
            Thread.sleep(pollMillis);
        }
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        return values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> Map.of("value", entry.getValue())));
    }
}
