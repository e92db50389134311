package org.netorch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.Timings;
import org.netorch.testsupport.WorkflowDriver;
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
        WorkflowDriver driver = WorkflowDriver.forBenchmarks(api());
        Timings timings = new Timings("create_node API start -> ACTIVE");
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            cleanSlate.apply();
            simulator.reset();
            long started = System.nanoTime();
            String process = driver.start("create_node", Map.of("device_id", 1));
            driver.completeOpenTask(process, Map.of("config_applied", true));
            assertThat(driver.awaitEnd(process).path("outcome").asText()).isEqualTo("endEvent_nodeActive");
            if (i >= WARM_UP) {
                timings.add(System.nanoTime() - started);
            }
        }
        System.out.println(timings.summary());
    }
}
