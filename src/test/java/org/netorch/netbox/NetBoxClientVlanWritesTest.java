package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request bodies of the VLAN, interface-mode and L2VPN writes, as NetBox 4.x reads them. */
class NetBoxClientVlanWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PORT = "{\"id\": 212, \"name\": \"3/1/4\"}";

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxClient client = netBox.client("token");

    @Test
    void setsATaggedPortWithItsVlansDescriptionAndStateInOnePatch() throws Exception {
        netBox.answer("PATCH", "/api/dcim/interfaces/212/", 200, PORT);

        client.updateInterface(212, InterfaceChanges.none().withDescription("Port of ACME [subscription 1a2b]")
                .withEnabled(true).withMtu(9212).withVlans(InterfaceVlans.tagged(null, List.of(17L, 18L))));

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"description": "Port of ACME [subscription 1a2b]", "enabled": true, "mtu": 9212,
                 "mode": "tagged", "untagged_vlan": null, "tagged_vlans": [17, 18]}"""));
    }

    @Test
    void writesEachModeWithBothVlanFieldsSoNetBoxSeesThemTogether() throws Exception {
        netBox.answer("PATCH", "/api/dcim/interfaces/212/", 200, PORT);

        client.updateInterface(212, InterfaceChanges.none().withVlans(InterfaceVlans.access(17)));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"mode\": \"access\", \"untagged_vlan\": 17, \"tagged_vlans\": []}"));

        client.updateInterface(212, InterfaceChanges.none().withVlans(InterfaceVlans.taggedAll(5L)));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"mode\": \"tagged-all\", \"untagged_vlan\": 5, \"tagged_vlans\": []}"));

        client.updateInterface(212, InterfaceChanges.none().withDescription("").withEnabled(false)
                .withVlans(InterfaceVlans.none()));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"description\": \"\", \"enabled\": false, \"mode\": null, \"untagged_vlan\": null, \"tagged_vlans\": []}"));
        assertThatThrownBy(() -> client.updateInterface(212, InterfaceChanges.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocatesAVlanFromItsGroupWithItsMarker() throws Exception {
        netBox.answer("POST", "/api/ipam/vlan-groups/4/available-vlans/", 201,
                Fixtures.own("ipam-vlan-groups-4-available-vlans-post-201.json"));

        client.allocateVlan(4, "L2VPN 7e57", "active", "SAP loc1-core 3/1/1 [subscription 7e57]");

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"name": "L2VPN 7e57", "status": "active", "description": "SAP loc1-core 3/1/1 [subscription 7e57]"}"""));
    }

    @Test
    void createsUpdatesAndDeletesAVlanOfAChosenVid() throws Exception {
        netBox.answer("POST", "/api/ipam/vlans/", 201, Fixtures.own("ipam-vlans-get-17.json"))
                .answer("PATCH", "/api/ipam/vlans/17/", 200, Fixtures.own("ipam-vlans-get-17.json"))
                .answer("DELETE", "/api/ipam/vlans/17/", 204, "");

        assertThat(client.createVlan(new NewVlan(4L, 101, "Customer 101", "active", null)).id()).isEqualTo(17);
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"group\": 4, \"vid\": 101, \"name\": \"Customer 101\", \"status\": \"active\", \"description\": \"\"}"));
        client.updateVlan(17, VlanChanges.none().withStatus("deprecated").withDescription("gone"));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("{\"status\": \"deprecated\", \"description\": \"gone\"}"));
        assertThat(client.deleteVlan(17)).isTrue();
        assertThat(client.deleteVlan(18)).as("already gone").isFalse();
    }

    @Test
    void createsAnL2vpnAndTerminatesItOnAVlanAndAnInterface() throws Exception {
        netBox.answer("POST", "/api/vpn/l2vpns/", 201, Fixtures.own("vpn-l2vpns-get-3.json"))
                .answer("PATCH", "/api/vpn/l2vpns/3/", 200, Fixtures.own("vpn-l2vpns-get-3.json"))
                .answer("POST", "/api/vpn/l2vpn-terminations/", 201, Fixtures.own("vpn-l2vpn-terminations-get-9.json"))
                .answer("DELETE", "/api/vpn/l2vpn-terminations/9/", 204, "")
                .answer("DELETE", "/api/vpn/l2vpns/3/", 204, "");

        L2vpn l2vpn = client.createL2vpn(new NewL2vpn("acme-vpls", "acme-vpls", "vpls", 10042L, "active",
                "[subscription 5f0c]"));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"name": "acme-vpls", "slug": "acme-vpls", "type": "vpls", "identifier": 10042, "status": "active",
                 "description": "[subscription 5f0c]"}"""));
        client.createL2vpn(new NewL2vpn("b", "b", "vxlan-evpn", null, null, null));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"name\": \"b\", \"slug\": \"b\", \"type\": \"vxlan-evpn\", \"description\": \"\"}"));
        client.updateL2vpn(l2vpn.id(), L2vpnChanges.none().withStatus("decommissioning"));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("{\"status\": \"decommissioning\"}"));

        L2vpnTermination onVlan = client.createL2vpnTermination(NewL2vpnTermination.onVlan(3, 17));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"l2vpn\": 3, \"assigned_object_type\": \"ipam.vlan\", \"assigned_object_id\": 17}"));
        client.createL2vpnTermination(NewL2vpnTermination.onInterface(3, 212));
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"l2vpn\": 3, \"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": 212}"));

        assertThat(client.deleteL2vpnTermination(onVlan.id())).isTrue();
        assertThat(client.deleteL2vpn(3)).isTrue();
    }
}
