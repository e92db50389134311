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
import static org.netorch.process.circuit.TerminateCircuitProcess.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxEndpoint;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class TerminateCircuitProcessTest extends ProcessEngineTest {

    private static final String PORT = "1/1/c1/1";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxEndpoint endpoint;
    @Autowired
    TransactionTemplate transaction;

    CircuitFixture fixture;
    CircuitBuilder builder;
    UUID loc1;
    UUID loc2;

    @BeforeEach
    void twoActiveNodes() {
        fixture = new CircuitFixture(subscriptions, transaction, netBox);
        builder = new CircuitBuilder(fixture);
        loc1 = fixture.activeNode("loc1-core");
        loc2 = fixture.activeNode("loc2-core");
    }

    @Test
    void theOperatorChoosesACircuitRemovesItsConfigAndNetBoxLosesEveryObjectOnce() {
        UUID circuit = builder.active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        UUID outOfSync = fixture.activeCircuit("loc3-core", "loc4-core", 99);
        fixture.takeOutOfSync(outOfSync);
        journal.clear();
        ProcessInstance process = start(KEY);

        assertThat(process).isWaitingAt(CHOOSE_CIRCUIT);
        assertThat(options(process)).containsExactly(circuit.toString());
        complete(task(process), withVariables(SUBSCRIPTION_ID, circuit.toString()));
        execute(job(process));

        assertThat(process).isWaitingAt(CONFIRM_CIRCUIT_REMOVAL);
        assertThat(subscriptions.get(circuit).insync()).isFalse();
        Task removal = task(process);
        assertThat(removal.getName()).isEqualTo("Remove configuration from loc1-core and loc2-core");
        assertThat((String) taskVariable(removal, CONFIG_TEXT_A)).contains("Paste the following configuration into "
                + "loc1-core", "interface 1/1/c1/1\n shutdown", "no ipv6 address", "passive-interface 1/1/c1/1");
        assertThat((String) taskVariable(removal, CONFIG_TEXT_B)).contains("into loc2-core", "interface 1/1/c1/1");
        complete(removal, withVariables(CONFIG_REMOVED, true));
        finish(process);

        assertThat(process).hasPassedInOrder(LIST_TERMINABLE_CIRCUITS, CHOOSE_CIRCUIT, LOCK_SUBSCRIPTION,
                STORE_PROCESS_SUBSCRIPTION, CONFIRM_CIRCUIT_REMOVAL, DELETE_ENDPOINT_ADDRESS_A,
                DELETE_ENDPOINT_ADDRESS_B, DELETE_LINK_PREFIX, DELETE_CIRCUIT_PREFIX, DELETE_CABLE,
                RESTORE_PORT_DESCRIPTION_A, RESTORE_PORT_DESCRIPTION_B, SET_STATUS_TERMINATED, SET_IN_SYNC,
                END_CIRCUIT_TERMINATED);
        Subscription terminated = subscriptions.get(circuit);
        assertThat(terminated.status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(terminated.endDate()).isNotNull();
        assertThat(terminated.insync()).isTrue();
        for (var end : List.of(terminated.block(CircuitBlock.class).orElseThrow().endpointA(),
                terminated.block(CircuitBlock.class).orElseThrow().endpointB())) {
            assertThat(subscriptions.holderOf(ResourceClaim.INTERFACE, end.portId())).as("port is free").isEmpty();
        }
        assertNothingInNetBoxCarriesTheMarker(circuit);
        assertThat(journal.writes()).extracting(w -> w.method() + " " + w.path().replaceAll("\\d+", "N") + " "
                + w.status()).containsExactly(
                "DELETE /api/ipam/ip-addresses/N/ 204", "DELETE /api/ipam/ip-addresses/N/ 204",
                "DELETE /api/ipam/prefixes/N/ 204", "DELETE /api/ipam/prefixes/N/ 204",
                "DELETE /api/dcim/cables/N/ 204");

        UUID again = builder.active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        assertThat(subscriptions.get(again).status()).as("a new circuit on the freed ports")
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void startedWithACircuitTheChoiceIsSkippedAndOnlyTheCircuitsOwnPortDescriptionIsEmptied() {
        UUID circuit = builder.active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        netBox.updateInterfaceDescription(block.endpointA().portId(), block.endpointA().portDescription());
        netBox.updateInterfaceDescription(block.endpointB().portId(), "patched by hand to the DWDM shelf");
        journal.clear();

        ProcessInstance process = terminate(circuit);

        assertThat(process).hasNotPassed(LIST_TERMINABLE_CIRCUITS, CHOOSE_CIRCUIT).hasPassed(END_CIRCUIT_TERMINATED);
        assertThat(netBox.iface(block.endpointA().portId()).description()).isEmpty();
        assertThat(netBox.iface(block.endpointB().portId()).description())
                .isEqualTo("patched by hand to the DWDM shelf");
        assertThat(journal.writes()).filteredOn(w -> w.method().equals("PATCH")).extracting(JournalEntry::path)
                .containsExactly("/api/dcim/interfaces/" + block.endpointA().portId() + "/");
    }

    @Test
    void anOrphanLeftByACancelledCreateIsOfferedAndLosesWhatNetBoxHoldsEvenWithoutStoredIds() {
        // NetBox assigns B's address, the answer is lost, the operator cancels: no id was stored for it
        ProcessInstance create = builder.upTo(loc1, "loc1-core", loc2, "loc2-core", PORT,
                CreateCircuitProcess.ASSIGN_ENDPOINT_ADDRESS_B);
        faults.inject(SimulatedFault.applyThenFail("POST", "/api/ipam/prefixes/*/available-ips/", 500));
        assertThatThrownBy(() -> execute(job(create))).hasMessageContaining("500");
        UUID orphan = CircuitBuilder.subscriptionOf(create);
        runtimeService().deleteProcessInstance(create.getId(), "Cancelled in Cockpit", true);
        assertThat(subscriptions.get(orphan).block(CircuitBlock.class).orElseThrow().endpointB().addressId()).isNull();
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(orphan.toString()))).hasSize(2);

        ProcessInstance process = start(KEY);
        assertThat(options(process)).containsExactly(orphan.toString());
        assertThat(labels(process)).singleElement().asString().endsWith(
                "(INITIAL, left behind by a workflow that did not finish)");
        complete(task(process), withVariables(SUBSCRIPTION_ID, orphan.toString()));
        execute(job(process));
        complete(task(process), withVariables(CONFIG_REMOVED, true));
        finish(process);

        assertThat(process).hasPassed(END_CIRCUIT_TERMINATED);
        assertThat(subscriptions.get(orphan).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertNothingInNetBoxCarriesTheMarker(orphan);
    }

    @Test
    void duplicatesALateWriteLeftAfterTheCircuitWentActiveAreDeletedWithIt() {
        UUID circuit = builder.active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        Prefix pool = netBox.prefixes(PrefixQuery.exactly("2001:db8:10::/44")).get(0);
        Prefix lateCircuit = netBox.allocatePrefix(pool.id(), 64, SubscriptionMarker.describe("late", circuit), true);
        Prefix lateLink = netBox.allocatePrefix(block.circuitPrefixId(), 127,
                SubscriptionMarker.describe("late", circuit), false);
        netBox.allocateIp(lateLink.id(), SubscriptionMarker.describe("late", circuit), block.endpointA().portId(),
                "active");
        netBox.allocateIp(lateLink.id(), SubscriptionMarker.describe("late", circuit), block.endpointB().portId(),
                "active");
        journal.clear();

        ProcessInstance process = terminate(circuit);

        assertThat(process).hasPassed(END_CIRCUIT_TERMINATED);
        assertNothingInNetBoxCarriesTheMarker(circuit);
        assertThat(netBox.prefixes(PrefixQuery.exactly(lateCircuit.prefix()))).isEmpty();
        assertThat(journal.writes()).filteredOn(w -> w.method().equals("DELETE"))
                .extracting(w -> w.path().replaceAll("\\d+", "N") + " " + w.status())
                .containsExactlyInAnyOrder("/api/ipam/ip-addresses/N/ 204", "/api/ipam/ip-addresses/N/ 204",
                        "/api/ipam/ip-addresses/N/ 204", "/api/ipam/ip-addresses/N/ 204",
                        "/api/ipam/prefixes/N/ 204", "/api/ipam/prefixes/N/ 204", "/api/ipam/prefixes/N/ 204",
                        "/api/ipam/prefixes/N/ 204", "/api/dcim/cables/N/ 204");
    }

    @Test
    void aCircuitACreateStillWorksOnIsNeitherOfferedNorTaken() {
        ProcessInstance create = builder.upTo(loc1, "loc1-core", loc2, "loc2-core", PORT,
                CreateCircuitProcess.RESERVE_LINK_PREFIX);
        UUID working = CircuitBuilder.subscriptionOf(create);

        ProcessInstance listing = start(KEY);
        assertThat(options(listing)).isEmpty();
        assertThatThrownBy(() -> complete(task(listing), withVariables(SUBSCRIPTION_ID, working.toString())))
                .hasMessageContaining("is still being worked on by process " + create.getId());

        startRefused(KEY, Map.of(SUBSCRIPTION_ID, working.toString()),
                "is still being worked on by process " + create.getId());
    }

    @Test
    void aCircuitTakenBetweenChoiceAndLockEndsAtSubscriptionBusyAndIsLeftAlone() {
        UUID circuit = fixture.activeCircuit("loc3-core", "loc4-core", 7);
        ProcessInstance process = start(KEY);
        complete(task(process), withVariables(SUBSCRIPTION_ID, circuit.toString()));
        fixture.takeOutOfSync(circuit);
        long versionBefore = subscriptions.get(circuit).version();

        execute(job(process));

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY).hasNotPassed(CONFIRM_CIRCUIT_REMOVAL);
        assertThat(subscriptions.get(circuit).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscriptions.get(circuit).version()).isEqualTo(versionBefore);
    }

    @Test
    void theChoiceRefusesANodeAndACircuitOutOfSync() {
        UUID circuit = fixture.activeCircuit("loc3-core", "loc4-core", 7);
        fixture.takeOutOfSync(circuit);
        ProcessInstance process = start(KEY);

        assertThatThrownBy(() -> complete(task(process), withVariables(SUBSCRIPTION_ID, circuit.toString())))
                .hasMessageContaining(SUBSCRIPTION_ID).hasMessageContaining("is out of sync");
        assertThatThrownBy(() -> complete(task(process), withVariables(SUBSCRIPTION_ID, loc1.toString())))
                .hasMessageContaining("is a Node, not a Circuit");
        assertThat(process).isWaitingAt(CHOOSE_CIRCUIT);
    }

    @Test
    void netBoxIsOnlyTouchedOnceTheOperatorConfirmsTheConfigIsRemoved() {
        UUID circuit = builder.active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        journal.clear();
        ProcessInstance process = start(KEY,
                Map.of(SUBSCRIPTION_ID, circuit.toString()));
        execute(job(process));

        assertThatThrownBy(() -> complete(task(process), withVariables(CONFIG_REMOVED, false)))
                .hasMessageContaining(CONFIG_REMOVED).hasMessageContaining("Configuration removed");

        assertThat(process).isWaitingAt(CONFIRM_CIRCUIT_REMOVAL);
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void aStoredIdOnAnObjectWithoutTheMarkerStopsTheStepAndNothingOfItIsDeleted() throws Exception {
        UUID circuit = builder.active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        long cable = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow().circuitId();
        patch("/api/dcim/cables/" + cable + "/", "{\"description\": \"re-used by the field team\"}");
        ProcessInstance process = start(KEY,
                Map.of(SUBSCRIPTION_ID, circuit.toString()));
        execute(job(process));
        complete(task(process), withVariables(CONFIG_REMOVED, true));
        while (!runtimeService().getActiveActivityIds(process.getId()).contains(DELETE_CABLE)) {
            execute(job(process));
        }

        assertThatThrownBy(() -> execute(job(process))).hasMessageStartingWith("Delete cable in NetBox: NetBox cable "
                + cable + " that the subscription records does not carry its marker");
        assertThat(netBox.cable(cable).description()).isEqualTo("re-used by the field team");
        assertThat(journal.writes()).noneMatch(w -> w.method().equals("DELETE") && w.path().contains("/cables/"));
    }

    /** terminate_circuit started with the circuit, its removal confirmed, run to its end. */
    private ProcessInstance terminate(UUID circuit) {
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, circuit.toString()));
        execute(job(process));
        complete(task(process), withVariables(CONFIG_REMOVED, true));
        finish(process);
        return process;
    }

    private void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }
    }

    private void assertNothingInNetBoxCarriesTheMarker(UUID circuit) {
        String id = circuit.toString();
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(id))).isEmpty();
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(id))).isEmpty();
        assertThat(netBox.cables(CableQuery.all())).noneMatch(cable -> cable.description().contains(id));
        CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        assertThat(netBox.iface(block.endpointA().portId()).isCabled()).isFalse();
        assertThat(netBox.iface(block.endpointB().portId()).isCabled()).isFalse();
    }

    private List<String> options(ProcessInstance process) {
        return ((SpinJsonNode) runtimeService().getVariable(process.getId(), CIRCUIT_OPTIONS)).elements().stream()
                .map(option -> option.prop("value").stringValue()).toList();
    }

    private List<String> labels(ProcessInstance process) {
        return ((SpinJsonNode) runtimeService().getVariable(process.getId(), CIRCUIT_OPTIONS)).elements().stream()
                .map(option -> option.prop("label").stringValue()).toList();
    }

    private Object taskVariable(Task task, String name) {
        return processEngine.getTaskService().getVariableLocal(task.getId(), name);
    }

    /** What someone does in NetBox's UI; our client has no such write. */
    private void patch(String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(endpoint.baseUrl() + path)).method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", "Token " + endpoint.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
