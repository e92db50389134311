package org.netorch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.simulator.SimulatorState;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wall time of one create_node from the API start to the subscription ACTIVE, the configuration task completed as
 * soon as it opens. Run with {@code mvn verify -Pbenchmark} (H2) or {@code mvn verify -Pbenchmark,postgres}.
 */
class CreateNodeBenchmark extends AppIntegrationTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 20;

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SimulatorState simulator;

    @Test
    void createNodeFromStartToActive() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            cleanSlate.apply();
            simulator.reset();
            long started = System.nanoTime();
            enrollLoc1();
            long took = (System.nanoTime() - started) / 1_000_000;
            if (i >= WARM_UP) {
                millis.add(took);
            }
        }
        Collections.sort(millis);
        System.out.printf("%nBENCHMARK create_node API start -> ACTIVE on %s: median %d ms, p90 %d ms, min %d ms, "
                        + "max %d ms over %d runs%n%n", System.getProperty("it.database", "h2"),
                millis.get(RUNS / 2), millis.get(RUNS * 9 / 10), millis.get(0), millis.get(RUNS - 1), RUNS);
    }

    private void enrollLoc1() {
        var started = api().post("/api/processes/create_node", Map.of("device_id", 1));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().path("id").asText();
        String task = poll(id, p -> p.path("status").asText().equals("waiting")).path("open_task").path("id").asText();
        assertThat(api().post("/api/processes/" + id + "/tasks/" + task, Map.of("config_applied", true)).status())
                .isEqualTo(200);
        assertThat(poll(id, p -> !p.path("status").asText().equals("running")).path("outcome").asText())
                .isEqualTo("endEvent_nodeActive");
    }

    private JsonNode poll(String id, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonNode process = api().get("/api/processes/" + id).json();
            if (condition.test(process)) {
                return process;
            }
            assertThat(System.nanoTime()).as("process %s: %s", id, process).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
