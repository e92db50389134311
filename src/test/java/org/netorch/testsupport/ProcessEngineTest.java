package org.netorch.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.subscription.SubscriptionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Process tests: the whole app with its in-memory simulator, but no job executor, so each test drives the jobs itself
 * and asserts where the process waits. The engine has its own name so it never stands in for the one the HTTP tests
 * reach through {@code /engine-rest}.
 */
@Import(CleanSlate.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the simulator on a database of its own (TestDatabase): demo mode by choice, not by default
        "orchestrator.demo=true",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=processtests",
        "netbox.simulator.store-url=jdbc:h2:mem:netbox-sim-process-${random.uuid};DB_CLOSE_DELAY=-1",
        "netbox.simulator.faults-enabled=true",
        "netbox.read-timeout=" + ProcessEngineTest.READ_TIMEOUT,
        // the app refuses a retry interval that is not longer than the read timeout
        "netbox.retry-cycle=R2/PT4S"})
public abstract class ProcessEngineTest {

    public static final String READ_TIMEOUT = "3s";
    public static final Duration SLOWER_THAN_READ_TIMEOUT = Duration.ofMillis(3500);
    /** A write NetBox applies after the read timeout and after the retry interval (4 s) that follows it. */
    public static final Duration LATER_THAN_READ_TIMEOUT_AND_RETRY = Duration.ofMillis(7500);

    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected SimulatorState simulator;
    @Autowired
    protected SubscriptionService subscriptions;
    @Autowired
    private CleanSlate cleanSlate;
    @Autowired
    protected SimulatorFaults faults;
    @Autowired
    protected SimulatorJournal journal;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void freshEngineAndTopology() {
        init(processEngine);
        simulator.reset();
        faults.clear();
        journal.clear();
        cleanSlate.apply();
    }
}
