package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.TerminateNodeProcess.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.operations.WorkflowCatalog;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.NodeFixture;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class TerminateNodeProcessTest extends ProcessEngineTest {

    private static final AuditContext SETUP = AuditContext.user("fixture", "test");

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WorkflowCatalog workflows;
    @Autowired
    NetBoxLookup lookup;

    @BeforeEach
    void awaitNetBoxAnswering() {
        lookup.awaitAnswering();
    }

    @Test
    void theOperatorChoosesANodeWithoutCircuitsAndItsDeviceIsDecommissionedAndReleased() {
        Device device = device("loc1-core");
        UUID node = activeNode(device);
        UUID carrier = activeNode(device("loc2-core"));
        UUID carrierPeer = activeNode(device("loc3-core"));
        liveCircuit(carrier, carrierPeer);
        netBox.updateDeviceStatus(device.id(), "active");
        journal.clear();
        ProcessInstance process = start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_NODE);
        assertThat(options(process)).containsExactly(node.toString());
        complete(task(process), withVariables(SUBSCRIPTION_ID, node.toString()));
        finish(process);

        assertThat(process).hasPassedInOrder(LIST_TERMINABLE_NODES, CHOOSE_NODE, LOCK_SUBSCRIPTION,
                STORE_PROCESS_SUBSCRIPTION, DECOMMISSION_DEVICE_IN_NETBOX, SET_STATUS_TERMINATED, SET_IN_SYNC,
                END_NODE_TERMINATED);
        Subscription terminated = subscriptions.get(node);
        assertThat(terminated.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(terminated.endDate()).isNotNull();
        assertThat(terminated.block(NodeBlock.class).orElseThrow().nodeStatus()).isEqualTo("decommissioning");
        assertThat(subscriptions.holderOf(ResourceClaim.DEVICE, device.id())).as("the device is free").isEmpty();
        assertThat(netBox.device(device.id()).hasStatus("decommissioning")).isTrue();
        assertThat(journal.writes()).extracting(w -> w.method() + " " + w.path())
                .containsExactly("PATCH /api/dcim/devices/" + device.id() + "/");

        netBox.updateDeviceStatus(device.id(), "planned");
        assertThatCode(() -> workflows.require("create_node").startVariables(Map.of("device_id", device.id())))
                .as("a device set back to planned can be enrolled again").doesNotThrowAnyException();
    }

    @Test
    void aNodeThatCarriesACircuitIsNotOfferedAndWhenGivenIsRefusedAtTheStart() {
        UUID node = activeNode(device("loc1-core"));
        UUID circuit = liveCircuit(node, activeNode(device("loc2-core")));
        journal.clear();

        ProcessInstance listing = start(KEY);
        assertThat(options(listing)).doesNotContain(node.toString());
        assertThatThrownBy(() -> complete(task(listing), withVariables(SUBSCRIPTION_ID, node.toString())))
                .hasMessageContaining("still carries circuit " + circuit);

        startRefused(KEY, Map.of(SUBSCRIPTION_ID, node.toString()), "still carries circuit " + circuit);
        assertThat(subscriptions.get(node).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void aDeviceAlreadyDecommissioningIsNotWrittenAgain() {
        Device device = device("loc1-core");
        UUID node = activeNode(device);
        netBox.updateDeviceStatus(device.id(), "decommissioning");
        journal.clear();

        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, node.toString()));
        finish(process);

        assertThat(process).hasNotPassed(LIST_TERMINABLE_NODES).hasPassed(END_NODE_TERMINATED);
        assertThat(subscriptions.get(node).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void anOrphanLeftByACancelledEnrolmentIsTerminatedAndItsStillPlannedDeviceIsLeftPlanned() {
        Device device = device("loc4-core");
        ProcessInstance create = start(CreateNodeProcess.KEY,
                Map.of(CreateNodeProcess.DEVICE_ID, Long.toString(device.id())));
        while (!runtimeService().getActiveActivityIds(create.getId()).contains(CreateNodeProcess.CONFIRM_NODE_CONFIG)) {
            execute(job(create));
        }
        UUID orphan = UUID.fromString(runtimeService().createProcessInstanceQuery().processInstanceId(create.getId())
                .singleResult().getBusinessKey());
        runtimeService().deleteProcessInstance(create.getId(), "Cancelled in Cockpit", true);
        journal.clear();

        ProcessInstance process = start(KEY);
        assertThat(options(process)).containsExactly(orphan.toString());
        complete(task(process), withVariables(SUBSCRIPTION_ID, orphan.toString()));
        finish(process);

        assertThat(process).hasPassed(END_NODE_TERMINATED);
        assertThat(subscriptions.get(orphan).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(netBox.device(device.id()).hasStatus("planned")).isTrue();
        assertThat(journal.writes()).isEmpty();
        assertThatCode(() -> workflows.require("create_node").startVariables(Map.of("device_id", device.id())))
                .doesNotThrowAnyException();
    }

    private void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }
    }

    private List<String> options(ProcessInstance process) {
        return ((SpinJsonNode) runtimeService().getVariable(process.getId(), NODE_OPTIONS)).elements().stream()
                .map(option -> option.prop("value").stringValue()).toList();
    }

    private Device device(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0);
    }

    private UUID activeNode(Device device) {
        return new NodeFixture(subscriptions, transaction).activeNode(device);
    }

    /** A circuit that create_circuit has only begun: INITIAL, but already holding both nodes. */
    private UUID liveCircuit(UUID nodeA, UUID nodeB) {
        return transaction.execute(status -> {
            Subscription circuit = subscriptions.create(Product.CIRCUIT_400G, "customer-1", "circuit", SETUP);
            circuit.update(new CircuitBlock(null, null, null, null, null, null,
                    new CircuitEndpoint(null, null, null, null, null, nodeA),
                    new CircuitEndpoint(null, null, null, null, null, nodeB)), SETUP);
            return circuit.id();
        });
    }
}
