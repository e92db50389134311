package org.netorch.process.circuit;

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
import static org.netorch.process.circuit.ValidateCircuitProcess.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxProperties;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.ProcessDetails;
import org.netorch.process.operations.ProcessDetailsReader;
import org.netorch.process.operations.WorkflowCatalog;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.Side;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * validate_circuit with the real steps on a circuit create_circuit built in the simulator: clean, then each kind of
 * drift (cable, prefixes moved or unmarked, addresses gone or moved, extra marked objects), and refused input.
 */
class ValidateCircuitProcessTest extends ProcessEngineTest {

    private static final String PORT = "1/1/c1/1";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxProperties netBoxProperties;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WorkflowCatalog workflows;
    @Autowired
    ProcessDetailsReader details;
    @LocalServerPort
    int port;

    CircuitFixture fixture;
    UUID circuit;
    CircuitBlock block;

    @BeforeEach
    void aCircuitBuiltInNetBox() {
        fixture = new CircuitFixture(subscriptions, transaction, netBox);
        UUID loc1 = fixture.activeNode("loc1-core");
        UUID loc2 = fixture.activeNode("loc2-core");
        circuit = new CircuitBuilder(fixture).active(loc1, "loc1-core", loc2, "loc2-core", PORT);
        block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
        journal.clear();
    }

    @Test
    void theOperatorChoosesACircuitThatMatchesNetBoxAndItIsSetInSyncWithoutWritingToNetBox() {
        ProcessInstance process = start(KEY);
        complete(task(process), withVariables(SUBSCRIPTION_ID, circuit.toString()));

        finish(process);

        assertThat(process).isEnded().hasPassedInOrder(CHOOSE_CIRCUIT, LOCK_SUBSCRIPTION, COMPARE_CABLE,
                COMPARE_PREFIXES, COMPARE_ADDRESSES, SET_IN_SYNC, END_IN_SYNC);
        assertThat(subscriptions.get(circuit).insync()).isTrue();
        assertThat(details.read(process.getId()).differences()).isEmpty();
        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void aCableThatIsNoLongerConnectedIsDrift() {
        netBox.updateCableStatus(block.circuitId(), "planned");

        ProcessInstance process = validate();

        assertThat(process).isEnded().hasPassed(END_DRIFT_FOUND).hasNotPassed(SET_IN_SYNC);
        assertThat(subscriptions.get(circuit).insync()).isFalse();
        assertThat(differences(process)).containsExactly(
                tuple(CircuitBlock.CIRCUIT_STATUS, "connected", "planned"));
    }

    @Test
    void aLinkPrefixMovedOutOfItsCircuitPrefixAndStrippedOfItsMarkerIsDriftAndSoAreTheAddressesOutsideIt() {
        netBoxApi().patch("/api/ipam/prefixes/" + block.linkPrefixId() + "/",
                Map.of("prefix", "2001:db8:20::/127", "description", "someone's link"));
        String circuitPrefix = netBox.prefix(block.circuitPrefixId()).prefix();

        ProcessInstance process = validate();

        String link = "prefix " + block.linkPrefixId();
        assertThat(differences(process)).containsExactly(
                tuple(CircuitBlock.LINK_PREFIX_ID, link + " described with [subscription " + circuit + "]",
                        link + " described 'someone's link'"),
                tuple(CircuitBlock.LINK_PREFIX_ID, link + " inside " + circuitPrefix, "2001:db8:20::/127"),
                tuple(CircuitEndpoint.field(Side.A, CircuitEndpoint.V6_IP_ADDRESS), "inside 2001:db8:20::/127",
                        block.endpointA().v6IpAddress()),
                tuple(CircuitEndpoint.field(Side.B, CircuitEndpoint.V6_IP_ADDRESS), "inside 2001:db8:20::/127",
                        block.endpointB().v6IpAddress()));
    }

    @Test
    void anAddressGoneAndOneMovedToAnotherInterfaceAreDrift() {
        netBox.deleteIpAddress(block.endpointA().addressId());
        long otherPort = Long.parseLong(fixture.portId("loc2-core", "1/1/c2/1"));
        netBoxApi().patch("/api/ipam/ip-addresses/" + block.endpointB().addressId() + "/",
                Map.of("assigned_object_type", "dcim.interface", "assigned_object_id", otherPort));

        ProcessInstance process = validate();

        assertThat(differences(process)).containsExactly(
                tuple(CircuitEndpoint.field(Side.A, CircuitEndpoint.ADDRESS_ID), "address " + block.endpointA().addressId(),
                        "no address " + block.endpointA().addressId() + " in NetBox"),
                tuple(CircuitEndpoint.field(Side.B, CircuitEndpoint.PORT_ID), "address " + block.endpointB().addressId()
                        + " on interface " + block.endpointB().portId(), "address " + block.endpointB().addressId()
                        + " on dcim.interface " + otherPort));
    }

    @Test
    void extraObjectsCarryingTheMarkerAreDrift() {
        long pool = netBox.prefixes(PrefixQuery.exactly(netBoxProperties.circuitPool())).get(0).id();
        long extraPrefix = netBox.allocatePrefix(pool, 64, SubscriptionMarker.describe("again", circuit), true).id();
        long extraAddress = netBox.allocateIp(block.circuitPrefixId(), SubscriptionMarker.describe("again", circuit),
                block.endpointA().portId(), "active").id();

        ProcessInstance process = validate();

        assertThat(process).isEnded().hasPassed(END_DRIFT_FOUND);
        assertThat(details.read(process.getId()).differences())
                .extracting(ProcessDetails.Difference::field, ProcessDetails.Difference::found)
                .containsExactly(
                        tuple(CircuitBlock.CIRCUIT_PREFIX_ID, "also prefix " + extraPrefix + " ("
                                + netBox.prefix(extraPrefix).prefix() + ") carrying the marker"),
                        tuple(CircuitEndpoint.field(Side.A, CircuitEndpoint.ADDRESS_ID), "also address " + extraAddress
                                + " (" + netBox.ipAddress(extraAddress).address() + ") carrying the marker"));
    }

    @Test
    void aNodeIsRefusedWhicheverWayItIsGivenAndACircuitTakenAfterTheStartEndsAtSubscriptionBusy() {
        UUID node = fixture.activeNode("loc3-core");

        assertThatThrownBy(() -> workflows.require(KEY).startVariables(Map.of(SUBSCRIPTION_ID, node.toString())))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.isConflict()).isFalse();
                    assertThat(refusal.reason()).contains("is a Node, not a circuit");
                });
        startRefused(KEY, Map.of(SUBSCRIPTION_ID, node.toString()), "is a Node, not a circuit");
        assertThat(subscriptions.get(node).insync()).isTrue();

        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, circuit.toString()));
        fixture.takeOutOfSync(circuit);
        execute(job(process));

        assertThat(process).isEnded().hasPassed(END_SUBSCRIPTION_BUSY).hasNotPassed(COMPARE_CABLE);
    }

    /** Runs validate_circuit on the circuit to its end, after whatever the test changed in NetBox. */
    private ProcessInstance validate() {
        journal.clear();
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, circuit.toString()));
        finish(process);
        assertThat(journal.writes()).as("validation never writes to NetBox").isEmpty();
        return process;
    }

    private void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }
    }

    private List<Tuple> differences(ProcessInstance process) {
        return details.read(process.getId()).differences().stream()
                .map(d -> tuple(d.field(), d.expected(), d.found())).toList();
    }

    private ApiClient netBoxApi() {
        return ApiClient.netBox("http://127.0.0.1:" + port + "/netbox", SimulatorProperties.DEMO_TOKEN);
    }
}
