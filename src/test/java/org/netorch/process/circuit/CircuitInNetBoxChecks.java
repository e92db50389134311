package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.circuit.CreateCircuitProcess.CONFIRM_CIRCUIT_CONFIG;
import static org.netorch.process.circuit.CreateCircuitProcess.END_CIRCUIT_ACTIVE;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionEvent;
import org.netorch.subscription.SubscriptionEventRepository;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;

/** What the late-write tests look at: the circuit's objects in NetBox, and the duplicates its steps removed. */
final class CircuitInNetBoxChecks {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final SubscriptionEventRepository events;

    CircuitInNetBoxChecks(NetBoxClient netBox, SubscriptionService subscriptions, SubscriptionEventRepository events) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.events = events;
    }

    /** Runs the workflow to its end, ticking "Configuration applied" when it asks. */
    static void finish(ProcessInstance process) {
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            if (runtimeService().getActiveActivityIds(process.getId()).contains(CONFIRM_CIRCUIT_CONFIG)) {
                complete(task(process), withVariables(CONFIG_APPLIED, true));
            } else {
                execute(job(process));
            }
        }
        assertThat(process).isEnded().hasPassed(END_CIRCUIT_ACTIVE);
    }

    /** ACTIVE, and in NetBox one object per purpose carrying the marker: the one the circuit block records. */
    void assertOneObjectPerPurposeAsRecorded(UUID circuit) {
        Subscription subscription = subscriptions.get(circuit);
        CircuitBlock block = subscription.block(CircuitBlock.class).orElseThrow();
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        String id = circuit.toString();
        assertThat(netBox.prefixes(PrefixQuery.all().describedWith(id))).extracting(Prefix::id)
                .containsExactlyInAnyOrder(block.circuitPrefixId(), block.linkPrefixId());
        assertThat(netBox.ipAddresses(IpAddressQuery.all().describedWith(id)))
                .extracting(IpAddress::id, IpAddress::assignedObjectId).containsExactlyInAnyOrder(
                        tuple(block.endpointA().addressId(), block.endpointA().portId()),
                        tuple(block.endpointB().addressId(), block.endpointB().portId()));
        assertThat(netBox.cables(CableQuery.all())).filteredOn(c -> c.description().contains(id)).singleElement()
                .satisfies(cable -> assertThat(cable.id()).isEqualTo(block.circuitId()));
    }

    /** Every object in NetBox carrying the circuit's marker, by kind and id. */
    List<String> markedObjects(UUID circuit) {
        String id = circuit.toString();
        return Stream.of(
                netBox.prefixes(PrefixQuery.all().describedWith(id)).stream().map(p -> "prefix " + p.id()),
                netBox.ipAddresses(IpAddressQuery.all().describedWith(id)).stream().map(ip -> "address " + ip.id()),
                netBox.cables(CableQuery.all()).stream().filter(c -> c.description().contains(id))
                        .map(c -> "cable " + c.id()))
                .flatMap(s -> s).toList();
    }

    List<SubscriptionEvent> duplicatesRemoved(UUID circuit) {
        return events.findBySubscriptionIdOrderByIdAsc(circuit).stream()
                .filter(event -> event.field().equals(Subscription.NETBOX_DUPLICATE)).toList();
    }
}
