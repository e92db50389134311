package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.netboxsim.SimulatorFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class CableRulesTest {

    private final SimulatorFixture simulator = new SimulatorFixture();

    @AfterEach
    void close() {
        simulator.close();
    }

    private static void refusedWith(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NetBoxApiError.class, error -> {
            assertThat(error.status).isEqualTo(400);
            assertThat(error.body).isEqualTo(Map.of("__all__", List.of(message)));
        });
    }

    @Test
    void marksBothInterfacesAsCabledToEachOther() {
        long a = simulator.interfaceId("loc1-core", "1/1/c7/1");
        long b = simulator.interfaceId("loc5-core", "1/1/c7/1");

        JsonNode cable = simulator.cable(a, b);

        JsonNode bSide = simulator.objects.get(Kind.INTERFACE, b, new org.springframework.util.LinkedMultiValueMap<>(),
                SimulatorFixture.BASE);
        assertThat(cable.get("status").get("value").asText()).isEqualTo("connected");
        assertThat(cable.get("display").asText()).isEqualTo("#" + cable.get("id").asLong());
        assertThat(bSide.get("cable").get("id")).isEqualTo(cable.get("id"));
        assertThat(bSide.get("cable_end").asText()).isEqualTo("B");
        assertThat(bSide.get("link_peers").get(0).get("id").asLong()).isEqualTo(a);
        assertThat(bSide.get("connected_endpoints_reachable").asBoolean()).isTrue();
    }

    @Test
    void refusesAnInterfaceThatAlreadyHasACable() {
        long a = simulator.interfaceId("loc1-core", "1/1/c1/1");
        long cableId = simulator.cable(a, simulator.interfaceId("loc2-core", "1/1/c1/1")).get("id").asLong();
        long c = simulator.interfaceId("loc3-core", "1/1/c1/1");

        refusedWith(() -> simulator.cable(c, a),
                "Duplicate termination found for dcim.interface " + a + ": cable " + cableId);
        assertThat(simulator.count(Kind.CABLE, "")).isEqualTo(1);
        assertThat(simulator.count(Kind.INTERFACE, "cabled=true")).isEqualTo(2);
    }

    @Test
    void refusesLoopbacksMarkedPortsAndLoops() {
        long port = simulator.interfaceId("loc1-core", "1/1/c1/1");
        long loopback = simulator.interfaceId("loc2-core", "loopback0");
        long marked = simulator.interfaceId("loc2-core", "2/1/c3/1");
        simulator.objects.update(Kind.INTERFACE, marked, json("{\"mark_connected\": true}"), SimulatorFixture.BASE);

        refusedWith(() -> simulator.cable(port, loopback), "Cables cannot be terminated to Virtual interfaces");
        refusedWith(() -> simulator.cable(port, marked),
                "Cannot connect a cable to loc2-core > 2/1/c3/1 because it is marked as connected.");
        refusedWith(() -> simulator.cable(port, port), "A and B terminations cannot connect to the same object.");
        assertThat(simulator.count(Kind.CABLE, "")).isZero();
    }

    @Test
    void refusesToMarkACabledInterfaceAsConnected() {
        long a = simulator.interfaceId("loc1-core", "1/1/c1/1");
        simulator.cable(a, simulator.interfaceId("loc2-core", "1/1/c1/1"));

        assertThatThrownBy(() -> simulator.objects.update(Kind.INTERFACE, a, json("{\"mark_connected\": true}"),
                SimulatorFixture.BASE)).isInstanceOfSatisfying(NetBoxApiError.class,
                error -> assertThat(error.body.toString()).contains("mark_connected"));
    }

    @Test
    void freesBothInterfacesWhenTheCableGoes() {
        long a = simulator.interfaceId("loc1-core", "1/1/c1/1");
        long cableId = simulator.cable(a, simulator.interfaceId("loc2-core", "1/1/c1/1")).get("id").asLong();

        simulator.objects.delete(Kind.CABLE, cableId);

        assertThat(simulator.count(Kind.INTERFACE, "cabled=true")).isZero();
        assertThat(simulator.count(Kind.INTERFACE, "occupied=false&speed=400000000")).isEqualTo(5 * 36);
    }
}
