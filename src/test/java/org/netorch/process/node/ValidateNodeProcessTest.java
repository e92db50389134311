package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.ValidateNodeProcess.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.ProcessDetails;
import org.netorch.process.operations.ProcessDetailsReader;
import org.netorch.process.operations.WorkflowCatalog;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionEvent;
import org.netorch.subscription.SubscriptionEventRepository;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.NodeFixture;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** validate_node with the real steps against the simulator: clean, each kind of drift, refused input, NetBox down. */
class ValidateNodeProcessTest extends ProcessEngineTest {

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WorkflowCatalog workflows;
    @Autowired
    ProcessDetailsReader details;
    @Autowired
    SubscriptionEventRepository events;
    @Autowired
    NetBoxLookup lookup;

    NodeFixture nodes;
    Device loc1;

    @BeforeEach
    void anActiveRouter() {
        lookup.awaitAnswering();
        nodes = new NodeFixture(subscriptions, transaction);
        loc1 = device("loc1-core");
        netBox.updateDeviceStatus(loc1.id(), "active");
        journal.clear();
    }

    @Test
    void theOperatorChoosesANodeThatMatchesNetBoxAndItIsSetInSyncWithoutWritingToNetBox() {
        UUID node = nodes.activeNode(loc1);
        UUID busy = nodes.activeNode(device("loc2-core"));
        takeOutOfSync(busy);
        ProcessInstance process = start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_NODE);
        assertThat(options(process)).containsExactly(node.toString());
        complete(task(process), withVariables(SUBSCRIPTION_ID, node.toString()));
        assertThat(process).isWaitingAt(LOCK_SUBSCRIPTION);
        execute(job(process));
        assertThat(subscriptions.get(node).insync()).as("out of sync while validating").isFalse();
        execute(job(process));

        assertThat(process).isEnded().hasPassedInOrder(LOCK_SUBSCRIPTION, STORE_PROCESS_SUBSCRIPTION,
                COMPARE_NODE_WITH_NETBOX, SET_IN_SYNC, END_IN_SYNC);
        Subscription validated = subscriptions.get(node);
        assertThat(validated.insync()).isTrue();
        assertThat(validated.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(drift(node)).isEmpty();
        assertThat(details.read(process.getId()).differences()).isEmpty();
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void aDeviceNoLongerActiveAndAnotherPrimaryAddressAreEachRecordedAndTheNodeStaysOutOfSync() {
        UUID node = nodes.activeNode(loc1);
        transaction.executeWithoutResult(status -> {
            Subscription subscription = subscriptions.get(node);
            subscription.update(subscription.block(NodeBlock.class).orElseThrow()
                    .withLoopbacks("10.0.0.99/32", loc1.primaryIp6().address()), NodeFixture.SETUP);
        });
        netBox.updateDeviceStatus(loc1.id(), "offline");
        journal.clear();

        ProcessInstance process = validate(node);

        assertThat(process).isEnded().hasPassed(END_DRIFT_FOUND).hasNotPassed(SET_IN_SYNC);
        assertThat(subscriptions.get(node).insync()).isFalse();
        assertThat(subscriptions.get(node).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(drift(node)).extracting(SubscriptionEvent::field, SubscriptionEvent::oldValue,
                        SubscriptionEvent::newValue)
                .containsExactly(tuple("drift.node.node_status", "active", "offline"),
                        tuple("drift.node.ipv4_loopback", "10.0.0.99/32", loc1.primaryIp4().address()));
        assertThat(drift(node)).allSatisfy(event -> {
            assertThat(event.processInstanceId()).isEqualTo(process.getId());
            assertThat(event.activityId()).isEqualTo(COMPARE_NODE_WITH_NETBOX);
        });
        assertThat(details.read(process.getId()).differences())
                .containsExactly(new ProcessDetails.Difference(node, "node.node_status", "active", "offline"),
                        new ProcessDetails.Difference(node, "node.ipv4_loopback", "10.0.0.99/32",
                                loc1.primaryIp4().address()));
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void aDeviceGoneFromNetBoxIsDrift() {
        Device gone = new Device(99_999, "gone-core", "gone-core", null, null, null, null, loc1.primaryIp4(),
                loc1.primaryIp6(), "");
        UUID node = nodes.activeNode(gone);

        ProcessInstance process = validate(node);

        assertThat(process).isEnded().hasPassed(END_DRIFT_FOUND);
        assertThat(details.read(process.getId()).differences()).singleElement()
                .isEqualTo(new ProcessDetails.Difference(node, "node.node_id", "device 99999 (gone-core)",
                        "no device 99999 in NetBox"));
    }

    @Test
    void aCircuitANodeNotActiveAndANodeAnotherWorkflowHoldsAreRefusedWhicheverWayTheyAreGiven() {
        UUID initial = transaction.execute(status -> subscriptions.create(Product.NODE, NodeFixture.CUSTOMER,
                "Node being enrolled", NodeFixture.SETUP).id());
        UUID locked = nodes.activeNode(loc1);
        UUID circuit = transaction.execute(status -> subscriptions.create(Product.CIRCUIT_400G,
                NodeFixture.CUSTOMER, "a circuit", NodeFixture.SETUP).id());
        takeOutOfSync(locked);

        assertRefusedAtStart(circuit, false, "not a node");
        assertRefusedAtStart(initial, true, "is INITIAL, not ACTIVE");
        assertRefusedAtStart(locked, true, "is out of sync");

        // started past our API (engine-rest, Tasklist): the first step refuses the same, before anything is written
        for (UUID refused : List.of(circuit, initial, locked)) {
            long versionBefore = subscriptions.get(refused).version();
            startRefused(KEY, Map.of(SUBSCRIPTION_ID, refused.toString()), refused.toString());
            assertThat(subscriptions.get(refused).version()).isEqualTo(versionBefore);
        }
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void aNodeTakenByAnotherWorkflowAfterTheStartEndsAtSubscriptionBusyAndIsLeftAlone() {
        UUID node = nodes.activeNode(loc1);
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, node.toString()));
        takeOutOfSync(node);
        long versionBefore = subscriptions.get(node).version();

        execute(job(process));

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY).hasNotPassed(COMPARE_NODE_WITH_NETBOX);
        assertThat(subscriptions.get(node).version()).isEqualTo(versionBefore);
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void netBoxFailingWhileComparingBecomesAnIncidentNamingTheStepAndTheRetryFinishes() {
        UUID node = nodes.activeNode(loc1);
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, node.toString()));
        execute(job(process));
        faults.inject(SimulatedFault.failNext("GET", "/api/dcim/devices/*/", 503, 2));

        assertThatThrownBy(() -> execute(job(process)));
        assertThatThrownBy(() -> execute(job(process)));
        List<Incident> incidents = runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(COMPARE_NODE_WITH_NETBOX);
            assertThat(incident.getIncidentMessage())
                    .startsWith("Compare node with NetBox: GET /api/dcim/devices/" + loc1.id() + "/").contains("503");
        });
        assertThat(subscriptions.get(node).insync()).isFalse();

        processEngine.getManagementService().setJobRetries(incidents.get(0).getConfiguration(), 1);
        execute(job(process));
        assertThat(process).isEnded().hasPassed(END_IN_SYNC);
        assertThat(drift(node)).isEmpty();
    }

    private ProcessInstance validate(UUID node) {
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, node.toString()));
        execute(job(process));
        execute(job(process));
        return process;
    }

    private void assertRefusedAtStart(UUID subscriptionId, boolean conflict, String reason) {
        assertThatThrownBy(() -> workflows.require(KEY).startVariables(Map.of(SUBSCRIPTION_ID,
                subscriptionId.toString())))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(SUBSCRIPTION_ID);
                    assertThat(refusal.isConflict()).isEqualTo(conflict);
                    assertThat(refusal.reason()).contains(reason);
                });
    }

    private void takeOutOfSync(UUID subscriptionId) {
        transaction.executeWithoutResult(status -> subscriptions.get(subscriptionId).markOutOfSync(NodeFixture.SETUP));
    }

    private List<SubscriptionEvent> drift(UUID subscriptionId) {
        return events.findBySubscriptionIdOrderByIdAsc(subscriptionId).stream()
                .filter(event -> event.field().startsWith(Subscription.DRIFT_PREFIX)).toList();
    }

    private List<String> options(ProcessInstance process) {
        return ((SpinJsonNode) runtimeService().getVariable(process.getId(), SUBSCRIPTION_OPTIONS)).elements()
                .stream().map(option -> option.prop("value").stringValue()).toList();
    }

    private Device device(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0);
    }
}
