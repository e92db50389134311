package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.netboxsim.SimulatorFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** What NetBox 4.6 enforces on L2VPNs and their terminations, held by the simulator. */
class L2vpnRulesTest {

    private static final String BASE = SimulatorFixture.BASE;

    private final SimulatorFixture simulator = new SimulatorFixture();

    @AfterEach
    void close() {
        simulator.close();
    }

    private JsonNode create(Kind kind, String body) {
        return simulator.objects.create(kind, json(body), BASE);
    }

    private long l2vpn(String name, String type) {
        return create(Kind.L2VPN, "{\"name\": \"" + name + "\", \"slug\": \"" + name + "\", \"type\": \"" + type
                + "\"}").get("id").asLong();
    }

    private long vlan(int vid) {
        return create(Kind.VLAN, "{\"vid\": " + vid + ", \"name\": \"Customer " + vid + "\"}").get("id").asLong();
    }

    private JsonNode terminate(long l2vpn, String type, long object) {
        return create(Kind.L2VPN_TERMINATION, "{\"l2vpn\": " + l2vpn + ", \"assigned_object_type\": \"" + type
                + "\", \"assigned_object_id\": " + object + "}");
    }

    private static void refused(Runnable write, Object body) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(NetBoxApiError.class, error -> {
            assertThat(error.status).isEqualTo(400);
            assertThat(error.body).isEqualTo(body);
        });
    }

    @Test
    void createsAnL2vpnWithAUniqueNameSlugAndAType() {
        JsonNode created = create(Kind.L2VPN, "{\"name\": \"acme\", \"slug\": \"acme\", \"type\": \"vpls\", "
                + "\"identifier\": 10042, \"description\": \"[subscription 5f0c]\"}");

        assertThat(created.get("display").asText()).isEqualTo("acme (10042)");
        assertThat(created.get("status").get("value").asText()).isEqualTo("active");
        assertThat(created.get("type").toString()).isEqualTo("{\"value\":\"vpls\",\"label\":\"VPLS\"}");
        refused(() -> create(Kind.L2VPN, "{\"name\": \"acme\", \"slug\": \"acme\", \"type\": \"vpls\"}"), Map.of(
                "name", List.of("L2VPN with this name already exists."),
                "slug", List.of("L2VPN with this slug already exists.")));
        refused(() -> create(Kind.L2VPN, "{\"name\": \"b\", \"slug\": \"b\"}"),
                Map.of("type", List.of("This field cannot be blank.")));
        refused(() -> create(Kind.L2VPN, "{\"name\": \"b\", \"slug\": \"b\", \"type\": \"vlan\"}"),
                Map.of("type", List.of("vlan is not a valid choice.")));
        refused(() -> create(Kind.L2VPN, "{\"slug\": \"b c\", \"type\": \"vpls\"}"), Map.of(
                "name", List.of("This field is required."),
                "slug", List.of("Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.")));
        assertThat(simulator.count(Kind.L2VPN, "description__ic=5F0C&type=vpls")).isEqualTo(1);
    }

    @Test
    void endsAVlanOrAnInterfaceInOneTerminationOnly() {
        long acme = l2vpn("acme", "vpls");
        long other = l2vpn("other", "vxlan-evpn");
        long v100 = vlan(100);
        long port = simulator.interfaceId("loc2-core", "3/1/4");

        JsonNode onVlan = terminate(acme, "ipam.vlan", v100);
        JsonNode onPort = terminate(acme, "dcim.interface", port);

        assertThat(onVlan.get("display").asText()).isEqualTo("Customer 100 (100) <> acme");
        assertThat(onVlan.get("assigned_object").get("vid").asInt()).isEqualTo(100);
        assertThat(onPort.get("assigned_object").get("device").get("name").asText()).isEqualTo("loc2-core");
        refused(() -> terminate(other, "ipam.vlan", v100), Map.of("__all__", List.of(
                "L2VPN Termination already assigned (Customer 100 (100))",
                "L2VPN termination with this Assigned object type and Assigned object id already exists.")));
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "l2vpn_id=" + acme)).isEqualTo(2);
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "vlan_id=" + v100)).isEqualTo(1);
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "interface_id=" + port)).isEqualTo(1);
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "device_id=" + simulator.deviceId("loc2-core"))).isEqualTo(1);
        assertThat(simulator.count(Kind.VLAN, "l2vpn_id=" + acme)).isEqualTo(1);
        JsonNode vlan = simulator.objects.get(Kind.VLAN, v100, new LinkedMultiValueMap<>(), BASE);
        assertThat(vlan.get("l2vpn_termination").get("l2vpn").get("id").asLong()).isEqualTo(acme);
        JsonNode iface = simulator.objects.get(Kind.INTERFACE, port, new LinkedMultiValueMap<>(), BASE);
        assertThat(iface.get("l2vpn_termination").get("id").asLong()).isEqualTo(onPort.get("id").asLong());
    }

    @Test
    void letsAPointToPointL2vpnEndTwiceOnly() {
        long wire = l2vpn("wire", "vpws");
        terminate(wire, "ipam.vlan", vlan(101));
        terminate(wire, "ipam.vlan", vlan(102));

        refused(() -> terminate(wire, "ipam.vlan", vlan(103)), Map.of("__all__", List.of(
                "VPWS L2VPNs cannot have more than two terminations; found 2 already defined.")));
    }

    @Test
    void refusesWhatItCannotTerminateOn() {
        long acme = l2vpn("acme", "vpls");

        refused(() -> terminate(acme, "ipam.vlan", 999), Map.of("assigned_object_id",
                List.of("Related object not found using the provided numeric ID: 999")));
        refused(() -> terminate(acme, "virtualization.vminterface", 1), Map.of("assigned_object_type", List.of(
                "The simulator terminates L2VPNs on dcim.interface and ipam.vlan only, not on virtualization.vminterface.")));
        refused(() -> terminate(acme, "vlan", 1), Map.of("assigned_object_type",
                List.of("Invalid value. Specify a content type as '<app_label>.<model_name>'.")));
        refused(() -> create(Kind.L2VPN_TERMINATION, "{\"l2vpn\": 999}"), Map.of(
                "l2vpn", List.of("Related object not found using the provided numeric ID: 999"),
                "assigned_object_type", List.of("This field is required."),
                "assigned_object_id", List.of("This field is required.")));
    }

    @Test
    void deletingAnL2vpnOrWhatItEndsOnDeletesItsTerminations() {
        long acme = l2vpn("acme", "vpls");
        long v100 = vlan(100);
        long v101 = vlan(101);
        long port = simulator.interfaceId("loc1-core", "3/1/1");
        terminate(acme, "ipam.vlan", v100);
        terminate(acme, "ipam.vlan", v101);
        terminate(l2vpn("other", "vpls"), "dcim.interface", port);

        simulator.objects.delete(Kind.VLAN, v100);
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "l2vpn_id=" + acme)).isEqualTo(1);
        simulator.objects.delete(Kind.L2VPN, acme);
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "")).isEqualTo(1);
        assertThat(simulator.count(Kind.VLAN, "id=" + v101)).as("the VLAN stays").isEqualTo(1);
        simulator.objects.delete(Kind.DEVICE, simulator.deviceId("loc1-core"));
        assertThat(simulator.count(Kind.L2VPN_TERMINATION, "")).isZero();
    }
}
