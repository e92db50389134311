package org.netorch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.Timings;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wall time of one create_circuit between two enrolled routers, from the API start to the subscription ACTIVE, the
 * configuration task completed as soon as it opens (enrolling the routers is not timed). Run with
 * {@code mvn verify -Pbenchmark,postgres} (or on H2 without {@code postgres}).
 */
class CreateCircuitBenchmark extends AppIntegrationTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 20;

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SimulatorState simulator;
    @Autowired
    NetBoxClient netBox;

    @Test
    void createCircuitFromStartToActive() {
        WorkflowDriver driver = WorkflowDriver.forBenchmarks(api());
        Timings timings = new Timings("create_circuit API start -> ACTIVE");
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            cleanSlate.apply();
            simulator.reset();
            String a = driver.enrollNode(deviceId("loc1-core")).toString();
            String b = driver.enrollNode(deviceId("loc2-core")).toString();
            Map<String, Object> input = Map.of("product", "Circuit 400G", "router_a", a, "router_b", b,
                    "a_port", port("loc1-core"), "b_port", port("loc2-core"));

            long started = System.nanoTime();
            String process = driver.start("create_circuit", input);
            driver.completeOpenTask(process, Map.of("config_applied", true));
            assertThat(driver.awaitEnd(process).path("outcome").asText()).isEqualTo("endEvent_circuitActive");
            if (i >= WARM_UP) {
                timings.add(System.nanoTime() - started);
            }
        }
        System.out.println(timings.summary());
    }

    private long deviceId(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0).id();
    }

    private long port(String device) {
        return netBox.interfaces(InterfaceQuery.onDevice(deviceId(device)).named("1/1/c1/1")).get(0).id();
    }
}
