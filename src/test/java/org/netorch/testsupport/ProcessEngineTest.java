package org.netorch.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.netorch.netbox.simulator.SimulatorState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Process tests: the whole app with its in-memory simulator, but no job executor, so each test drives the jobs itself
 * and asserts where the process waits. The engine has its own name so it never stands in for the one the HTTP tests
 * reach through {@code /engine-rest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=process-tests",
        "netbox.simulator.store-url=jdbc:h2:mem:netbox-sim-process-${random.uuid};DB_CLOSE_DELAY=-1",
        "netbox.simulator.faults-enabled=true",
        "netbox.read-timeout=5s",
        "netbox.retry-cycle=R2/PT2S"})
public abstract class ProcessEngineTest {

    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected SimulatorState simulator;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void freshEngineAndTopology() {
        init(processEngine);
        simulator.reset();
    }
}
