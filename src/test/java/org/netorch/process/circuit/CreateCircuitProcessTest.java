package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.CreateCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.Cable;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class CreateCircuitProcessTest extends ProcessEngineTest {

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;

    CircuitFixture fixtures;
    UUID loc1;
    UUID loc2;

    @BeforeEach
    void twoActiveNodes() {
        fixtures = new CircuitFixture(subscriptions, transaction, netBox);
        loc1 = fixtures.activeNode("loc1-core");
        loc2 = fixtures.activeNode("loc2-core");
    }

    @Test
    void buildsTheCircuitChosenInTheChoiceTasksAndActivatesIt() {
        ProcessInstance process = start(KEY);
        assertThat(process).isWaitingAt(CHOOSE_PRODUCT_AND_NODE_A);
        assertThat(labels(process, ROUTER_A_OPTIONS)).containsExactly("loc1-core", "loc2-core");
        assertThat(labels(process, PRODUCT_OPTIONS)).containsExactly("Circuit 100G", "Circuit 400G");
        complete(task(), withVariables(PRODUCT, "Circuit 400G", ROUTER_A, loc1.toString()));

        assertThat(process).isWaitingAt(CHOOSE_NODE_B);
        assertThat(labels(process, ROUTER_B_OPTIONS)).containsExactly("loc2-core");
        complete(task(), withVariables(ROUTER_B, loc2.toString()));

        assertThat(process).isWaitingAt(LIST_FREE_PORTS);
        execute(job());
        assertThat(process).isWaitingAt(CHOOSE_PORTS);
        assertThat(task().getName()).isEqualTo("Choose ports on loc1-core and loc2-core");
        assertThat(labels(process, A_PORT_OPTIONS)).hasSize(36).contains("1/1/c1/1").doesNotContain("2/1/c1/1");
        assertThat(journal.entries()).filteredOn(request -> request.path().equals("/api/dcim/interfaces/"))
                .extracting(JournalEntry::query).hasSize(2)
                .allSatisfy(query -> assertThat(query).contains("&fields=id%2Cname&"));
        complete(task(), withVariables(A_PORT, fixtures.portId("loc1-core", "1/1/c1/1"),
                B_PORT, fixtures.portId("loc2-core", "1/1/c1/1")));

        runToConfigTask(process);
        Task confirm = task();
        assertThat(confirm.getName()).isEqualTo("Apply configuration to loc1-core and loc2-core");
        String configA = (String) processEngine.getTaskService().getVariableLocal(confirm.getId(), CONFIG_TEXT_A);
        assertThat(configA).contains("interface 1/1/c1/1", "description Circuit Connection to loc2-core port 1/1/c1/1",
                "ipv6 address 2001:db8:10::/127", "isis metric 15000000 level-2");
        complete(confirm, withVariables(CONFIG_APPLIED, true));

        assertThat(process).isWaitingAt(SET_CABLE_CONNECTED);
        execute(job());
        assertThat(process).isWaitingAt(REMOVE_DUPLICATES_FROM_NETBOX);
        execute(job());
        assertThat(process).isEnded().hasPassedInOrder(LIST_NODES, CHOOSE_PRODUCT_AND_NODE_A, LIST_B_SIDE_NODES,
                CHOOSE_NODE_B, LIST_FREE_PORTS, CHOOSE_PORTS, CONSTRUCT_CIRCUIT_MODEL, STORE_PROCESS_SUBSCRIPTION,
                RESERVE_CIRCUIT_PREFIX, RESERVE_LINK_PREFIX, ASSIGN_ENDPOINT_ADDRESS_A, ASSIGN_ENDPOINT_ADDRESS_B,
                SET_STATUS_PROVISIONING, CREATE_CABLE_IN_NETBOX, CONFIRM_CIRCUIT_CONFIG, SET_CABLE_CONNECTED,
                REMOVE_DUPLICATES_FROM_NETBOX, SET_STATUS_ACTIVE, SET_IN_SYNC, END_CIRCUIT_ACTIVE);

        Subscription circuit = subscriptionOf(process);
        CircuitBlock block = circuit.block(CircuitBlock.class).orElseThrow();
        assertThat(circuit.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(circuit.insync()).isTrue();
        assertThat(circuit.product().name()).isEqualTo("Circuit 400G");
        assertThat(circuit.description())
                .isEqualTo("Circuit ID " + block.circuitId() + ": loc1-core:1/1/c1/1 <--> loc2-core:1/1/c1/1");
        assertThat(block.circuitStatus()).isEqualTo("connected");
        assertThat(block.underMaintenance()).isTrue();
        assertThat(block.endpointA().v6IpAddress()).isEqualTo("2001:db8:10::/127");
        assertThat(block.endpointB().v6IpAddress()).isEqualTo("2001:db8:10::1/127");
        assertThat(block.endpointB().portDescription()).isEqualTo("Circuit Connection to loc1-core port 1/1/c1/1");
        assertThat(block.endpointB().nodeSubscriptionId()).isEqualTo(loc2);
        Cable cable = netBox.cable(block.circuitId());
        assertThat(cable.hasStatus("connected")).isTrue();
        assertThat(cable.joins(block.endpointA().portId(), block.endpointB().portId())).isTrue();
        assertThat(cable.label()).isEqualTo(circuit.id().toString().substring(0, 8));
        assertThat(netBox.prefix(block.circuitPrefixId()).prefix()).isEqualTo("2001:db8:10::/64");
        assertThat(netBox.prefix(block.linkPrefixId()).prefix()).isEqualTo("2001:db8:10::/127");
        assertThat(netBox.ipAddress(block.endpointA().addressId()).address()).isEqualTo("2001:db8:10::/127");
        assertThat(netBox.ipAddress(block.endpointB().addressId()).address()).isEqualTo("2001:db8:10::1/127");
    }

    @Test
    void startedWithEveryChoiceTheChoiceTasksAreSkipped() {
        ProcessInstance process = start(KEY, Map.of(PRODUCT, "Circuit 100G",
                ROUTER_A, loc2.toString(), ROUTER_B, loc1.toString(),
                A_PORT, fixtures.portId("loc2-core", "2/1/c3/1"), B_PORT, fixtures.portId("loc1-core", "2/1/c4/1")));

        runToConfigTask(process);
        complete(task(), withVariables(CONFIG_APPLIED, true));
        execute(job());
        execute(job());

        assertThat(process).isEnded().hasNotPassed(LIST_NODES, CHOOSE_PRODUCT_AND_NODE_A, CHOOSE_NODE_B, CHOOSE_PORTS)
                .hasPassed(END_CIRCUIT_ACTIVE);
        Subscription circuit = subscriptionOf(process);
        assertThat(circuit.product().name()).isEqualTo("Circuit 100G");
        assertThat(circuit.block(CircuitBlock.class).orElseThrow().circuitDescription())
                .isEqualTo("loc2-core:2/1/c3/1 <--> loc1-core:2/1/c4/1");
    }

    @Test
    void aPortAnotherCircuitClaimedEndsAtPortAlreadyInUseWithoutAllocating() {
        String aPort = fixtures.portId("loc1-core", "1/1/c5/1");
        ProcessInstance first = startWithPorts(aPort, fixtures.portId("loc2-core", "1/1/c5/1"));
        ProcessInstance second = startWithPorts(aPort, fixtures.portId("loc2-core", "1/1/c6/1"));
        execute(job(first));

        execute(job(second));

        assertThat(second).isEnded().hasPassed(END_CHOICE_REFUSED).hasNotPassed(STORE_PROCESS_SUBSCRIPTION);
        assertThat(first).isWaitingAt(RESERVE_CIRCUIT_PREFIX);
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void theChoiceTasksRefuseTheSameNodeTwiceAndAPortOfTheWrongSpeed() {
        ProcessInstance process = start(KEY);
        assertThat(process).isWaitingAt(CHOOSE_PRODUCT_AND_NODE_A);
        complete(task(), withVariables(PRODUCT, "Circuit 400G", ROUTER_A, loc1.toString()));

        assertThatThrownBy(() -> complete(task(), withVariables(ROUTER_B, loc1.toString())))
                .hasMessageContaining("router_b: the B side must be another node");
        assertThat(process).isWaitingAt(CHOOSE_NODE_B);
        complete(task(), withVariables(ROUTER_B, loc2.toString()));
        execute(job());

        assertThatThrownBy(() -> complete(task(), withVariables(A_PORT, fixtures.portId("loc1-core", "2/1/c1/1"),
                B_PORT, fixtures.portId("loc2-core", "1/1/c1/1"))))
                .hasMessageContaining("a_port: interface 2/1/c1/1").hasMessageContaining("is not a 400G port");
        assertThat(process).isWaitingAt(CHOOSE_PORTS);
    }

    private ProcessInstance startWithPorts(String aPort, String bPort) {
        ProcessInstance process = start(KEY, Map.of(PRODUCT, "Circuit 400G",
                ROUTER_A, loc1.toString(), ROUTER_B, loc2.toString(), A_PORT, aPort, B_PORT, bPort));
        assertThat(process).isWaitingAt(CONSTRUCT_CIRCUIT_MODEL);
        return process;
    }

    private void runToConfigTask(ProcessInstance process) {
        for (String step : List.of(CONSTRUCT_CIRCUIT_MODEL, RESERVE_CIRCUIT_PREFIX, RESERVE_LINK_PREFIX,
                ASSIGN_ENDPOINT_ADDRESS_A, ASSIGN_ENDPOINT_ADDRESS_B, CREATE_CABLE_IN_NETBOX)) {
            assertThat(process).isWaitingAt(step);
            execute(job());
        }
        assertThat(process).isWaitingAt(CONFIRM_CIRCUIT_CONFIG);
        assertThat(subscriptionOf(process).status()).isEqualTo(SubscriptionStatus.PROVISIONING);
    }

    private List<String> labels(ProcessInstance process, String variable) {
        SpinJsonNode options = (SpinJsonNode) runtimeService().getVariable(process.getId(), variable);
        return options.elements().stream().map(o -> o.prop("label").stringValue()).toList();
    }

    private Subscription subscriptionOf(ProcessInstance process) {
        String businessKey = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey();
        return subscriptions.get(UUID.fromString(businessKey));
    }
}
