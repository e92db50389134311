package org.netorch.security;

import org.camunda.bpm.engine.TaskService;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.NetBoxLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper tests' app: an engine with a name of its own, addressed by name over {@code /engine-rest}, so no other
 * test context's engine of the default name (Camunda finds engines by name in a JVM-wide registry) answers their
 * calls instead; and what they all read the victims' state through.
 */
@TestPropertySource(properties = "camunda.bpm.process-engine-name=" + TamperTest.ENGINE)
abstract class TamperTest extends AppIntegrationTest {

    static final String ENGINE = "tampertests";
    static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxLookup lookup;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    SimulatorJournal journal;
    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    SubscriptionRepository repository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TaskService taskService;
}
