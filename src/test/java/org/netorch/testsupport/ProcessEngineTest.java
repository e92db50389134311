package org.netorch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.process.shared.StartInputRules;
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
        "netbox.retry-cycle=R2/PT4S",
        // a write without an answer stays in doubt 1 s + 5 s after it was sent: the retry (3 s + 4 s) comes after
        "netbox.request-limit=1s"})
public abstract class ProcessEngineTest {

    private static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    private static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    public static final String READ_TIMEOUT = "3s";
    public static final Duration SLOWER_THAN_READ_TIMEOUT = Duration.ofMillis(3500);
    /**
     * A write NetBox applies after the read timeout and the retry interval (4 s) that follows it, and after the 6 s
     * the retry waits for it (netbox.request-limit 1 s + 5 s): later than NetBox's limit should let it.
     */
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

    /**
     * Starts the process and runs its first step, serviceTask_checkStartInput, for real: the start input must pass.
     */
    public static ProcessInstance start(String processKey, Map<String, Object> variables) {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(processKey, variables);
        assertThat(process).isWaitingAt(CHECK_START_INPUT);
        execute(job(CHECK_START_INPUT, process));
        assertThat(process).hasNotPassed(END_START_INPUT_REFUSED);
        return process;
    }

    public static ProcessInstance start(String processKey) {
        return start(processKey, Map.of());
    }

    /** Starts the process with input its first step refuses: it ends there, and the refusal names the reason. */
    public static ProcessInstance startRefused(String processKey, Map<String, Object> variables, String reason) {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(processKey, variables);
        execute(job(CHECK_START_INPUT, process));
        assertThat(process).isEnded().hasPassed(END_START_INPUT_REFUSED);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(StartInputRules.REFUSAL_VARIABLE).singleResult().getValue().toString())
                .contains(reason);
        return process;
    }

    /** Waits, e.g. for a slow NetBox to apply a write after our read timeout gave up on it. */
    protected static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
