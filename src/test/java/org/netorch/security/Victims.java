package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.circuit.CreateCircuitProcess;
import org.netorch.process.node.CreateNodeProcess;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another customer's live network, built as an admin builds it over our API: loc1-core and loc2-core enrolled, and a
 * 400G circuit between their first ports with everything create_circuit puts into NetBox. Its ids are what a user who
 * wants to hurt that customer writes into the variables of a workflow of his own.
 */
record Victims(UUID nodeA, UUID nodeB, UUID circuit, long deviceA, long deviceB, long portA, long portB, long cable,
        long circuitPrefixId, String circuitPrefix, long linkPrefixId, String linkPrefix, long addressA,
        long addressB) {

    static final String CUSTOMER = "victim-customer";
    static final String ROUTER_A = "loc1-core";
    static final String ROUTER_B = "loc2-core";
    static final String PORT = "1/1/c1/1";

    /** A variable's value as {@code /engine-rest} takes it. */
    record Typed(Object value, String type) {

        static Typed text(Object value) {
            return new Typed(value.toString(), "String");
        }

        static Typed id(long value) {
            return new Typed(value, "Long");
        }

        Map<String, Object> json() {
            return Map.of("value", value, "type", type);
        }
    }

    static Victims build(WorkflowDriver admin, NetBoxLookup lookup, NetBoxClient netBox,
            SubscriptionService subscriptions, TransactionTemplate transaction) {
        long deviceA = lookup.deviceId(ROUTER_A);
        long deviceB = lookup.deviceId(ROUTER_B);
        UUID nodeA = enroll(admin, deviceA);
        UUID nodeB = enroll(admin, deviceB);
        long portA = lookup.port(ROUTER_A, PORT);
        long portB = lookup.port(ROUTER_B, PORT);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(CreateCircuitProcess.PRODUCT, "Circuit 400G");
        input.put(CreateCircuitProcess.ROUTER_A, nodeA.toString());
        input.put(CreateCircuitProcess.ROUTER_B, nodeB.toString());
        input.put(CreateCircuitProcess.A_PORT, portA);
        input.put(CreateCircuitProcess.B_PORT, portB);
        input.put(ProcessVariables.CUSTOMER_ID, CUSTOMER);
        UUID circuit = built(admin, admin.start(CreateCircuitProcess.KEY, input));
        long[] ids = transaction.execute(status -> {
            CircuitBlock block = subscriptions.get(circuit).block(CircuitBlock.class).orElseThrow();
            return new long[] {block.circuitId(), block.circuitPrefixId(), block.linkPrefixId(),
                    block.endpointA().addressId(), block.endpointB().addressId()};
        });
        return new Victims(nodeA, nodeB, circuit, deviceA, deviceB, portA, portB, ids[0], ids[1],
                netBox.prefix(ids[1]).prefix(), ids[2], netBox.prefix(ids[2]).prefix(), ids[3], ids[4]);
    }

    private static UUID enroll(WorkflowDriver admin, long device) {
        return built(admin, admin.start(CreateNodeProcess.KEY,
                Map.of(CreateNodeProcess.DEVICE_ID, device, ProcessVariables.CUSTOMER_ID, CUSTOMER)));
    }

    private static UUID built(WorkflowDriver admin, String process) {
        admin.completeOpenTask(process, Map.of(ProcessVariables.CONFIG_APPLIED, true));
        JsonNode done = admin.awaitEnd(process);
        assertThat(done.path("subscription_ids")).as("victim set-up %s", done).hasSize(1);
        return UUID.fromString(done.path("subscription_ids").get(0).asText());
    }

    List<UUID> subscriptions() {
        return List.of(nodeA, nodeB, circuit);
    }

    /** Every NetBox object of the victims, by its API path. */
    List<String> netBoxObjects() {
        return List.of(NetBoxPaths.device(deviceA), NetBoxPaths.device(deviceB), NetBoxPaths.iface(portA),
                NetBoxPaths.iface(portB), NetBoxPaths.cable(cable), NetBoxPaths.prefix(circuitPrefixId),
                NetBoxPaths.prefix(linkPrefixId), NetBoxPaths.address(addressA), NetBoxPaths.address(addressB));
    }

    /** What create_node, terminate_node and validate_node would need to be pointed at the victim's router. */
    Map<String, Typed> nodeVariables() {
        Map<String, Typed> variables = new LinkedHashMap<>();
        variables.put(ProcessVariables.SUBSCRIPTION_ID, Typed.text(nodeA));
        variables.put(CreateNodeProcess.DEVICE_ID, Typed.id(deviceA));
        variables.put(CreateNodeProcess.NODE_NAME, Typed.text(ROUTER_A));
        variables.put(ProcessVariables.CUSTOMER_ID, Typed.text(CUSTOMER));
        return variables;
    }

    /** What the circuit workflows would need to be pointed at the victim's circuit and its NetBox objects. */
    Map<String, Typed> circuitVariables() {
        Map<String, Typed> variables = new LinkedHashMap<>();
        variables.put(ProcessVariables.SUBSCRIPTION_ID, Typed.text(circuit));
        variables.put(CreateCircuitProcess.ROUTER_A, Typed.text(nodeA));
        variables.put(CreateCircuitProcess.ROUTER_B, Typed.text(nodeB));
        variables.put(CreateCircuitProcess.A_PORT, Typed.id(portA));
        variables.put(CreateCircuitProcess.B_PORT, Typed.id(portB));
        variables.put(CreateCircuitProcess.CABLE_ID, Typed.id(cable));
        variables.put(CreateCircuitProcess.CIRCUIT_PREFIX_ID, Typed.id(circuitPrefixId));
        variables.put(CreateCircuitProcess.CIRCUIT_PREFIX, Typed.text(circuitPrefix));
        variables.put(CreateCircuitProcess.LINK_PREFIX_ID, Typed.id(linkPrefixId));
        variables.put(CreateCircuitProcess.LINK_PREFIX, Typed.text(linkPrefix));
        variables.put(CreateCircuitProcess.A_ADDRESS_ID, Typed.id(addressA));
        variables.put(CreateCircuitProcess.B_ADDRESS_ID, Typed.id(addressB));
        variables.put(ProcessVariables.CUSTOMER_ID, Typed.text(CUSTOMER));
        return variables;
    }
}
