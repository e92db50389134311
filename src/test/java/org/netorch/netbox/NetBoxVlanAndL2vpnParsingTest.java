package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The VLAN, VLAN group and L2VPN bodies of NetBox 4.6.8 (written from its serializers, see the fixtures' README). */
class NetBoxVlanAndL2vpnParsingTest {

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxClient client = netBox.client("token");

    @Test
    void readsAVlanGroupFullAndBriefWithItsRanges() {
        netBox.answer("GET", "/api/ipam/vlan-groups/", 200, Fixtures.page(null,
                        Fixtures.own("ipam-vlan-groups-get-4.json"), Fixtures.own("ipam-vlan-groups-get-4-brief.json")))
                .answer("GET", "/api/ipam/vlan-groups/4/", 200, Fixtures.own("ipam-vlan-groups-get-4.json"));

        List<VlanGroup> groups = client.vlanGroups(VlanGroupQuery.withSlug("customer-services"));
        VlanGroup full = client.vlanGroup(4);

        assertThat(full).isEqualTo(new VlanGroup(4, "Customer Services", "customer-services",
                List.of(new VidRange(100, 4000)), "VLANs of customer services", 2L));
        assertThat(full.allows(100)).isTrue();
        assertThat(full.allows(4001)).isFalse();
        assertThat(groups.get(1).vidRanges()).as("brief groups have no ranges").isEmpty();
        assertThat(groups.get(1).vlanCount()).isEqualTo(2);
        assertThat(netBox.requests().get(0).query()).isEqualTo("slug=customer-services&limit=200");
    }

    @Test
    void readsTheFreeVidsOfAGroup() {
        netBox.answer("GET", "/api/ipam/vlan-groups/4/available-vlans/", 200,
                Fixtures.own("ipam-vlan-groups-4-available-vlans-get-limit3.json"));

        List<AvailableVlan> free = client.availableVlans(4, 3);

        assertThat(free).extracting(AvailableVlan::vid).containsExactly(100, 102, 104);
        assertThat(free).allSatisfy(vlan -> assertThat(vlan.group().id()).isEqualTo(4));
        assertThat(netBox.lastRequest().query()).isEqualTo("limit=3");
    }

    @Test
    void readsAVlanWithItsGroupAndTermination() {
        netBox.answer("GET", "/api/ipam/vlans/17/", 200, Fixtures.own("ipam-vlans-get-17.json"))
                .answer("GET", "/api/ipam/vlans/", 200, Fixtures.page(null, Fixtures.own("ipam-vlans-get-17-brief.json")));

        Vlan vlan = client.vlan(17);
        Vlan brief = client.vlans(VlanQuery.inGroup(4).withVid(101)).get(0);

        assertThat(vlan.vid()).isEqualTo(101);
        assertThat(vlan.name()).isEqualTo("Customer 101");
        assertThat(vlan.display()).isEqualTo("Customer 101 (101)");
        assertThat(vlan.hasStatus("active")).isTrue();
        assertThat(vlan.isIn(4)).isTrue();
        assertThat(vlan.site()).isNull();
        assertThat(vlan.description()).isEqualTo("SAP loc2-core 3/1/4 [subscription 5f0c]");
        assertThat(vlan.l2vpnTermination().id()).isEqualTo(9);
        assertThat(brief.vid()).isEqualTo(101);
        assertThat(brief.status()).isNull();
        assertThat(netBox.lastRequest().query()).isEqualTo("group_id=4&vid=101&limit=200");
    }

    @Test
    void readsTheVlanAnAllocationCreated() {
        netBox.answer("POST", "/api/ipam/vlan-groups/4/available-vlans/", 201,
                Fixtures.own("ipam-vlan-groups-4-available-vlans-post-201.json"));

        Vlan vlan = client.allocateVlan(4, "L2VPN 7e57", "active", "SAP loc1-core 3/1/1 [subscription 7e57]");

        assertThat(vlan.id()).isEqualTo(19);
        assertThat(vlan.vid()).isEqualTo(100);
        assertThat(vlan.group().name()).isEqualTo("Customer Services");
        assertThat(vlan.l2vpnTermination()).isNull();
    }

    @Test
    void readsAnL2vpnFullAndBrief() {
        netBox.answer("GET", "/api/vpn/l2vpns/3/", 200, Fixtures.own("vpn-l2vpns-get-3.json"))
                .answer("GET", "/api/vpn/l2vpns/", 200, Fixtures.page(null, Fixtures.own("vpn-l2vpns-get-3-brief.json")));

        L2vpn full = client.l2vpn(3);
        L2vpn brief = client.l2vpns(L2vpnQuery.all().describedWith("[subscription 5f0c]")).get(0);

        assertThat(full).isEqualTo(new L2vpn(3, 10042L, "acme-vpls", "acme-vpls", "acme-vpls (10042)",
                new Choice("vpls", "VPLS"), new Choice("active", "Active"), "[subscription 5f0c]"));
        assertThat(brief.type().is("vpls")).isTrue();
        assertThat(brief.status()).isNull();
        assertThat(netBox.lastRequest().query()).isEqualTo("description__ic=%5Bsubscription+5f0c%5D&limit=200");
    }

    @Test
    void readsAnL2vpnTerminationOnAVlan() {
        netBox.answer("GET", "/api/vpn/l2vpn-terminations/", 200, Fixtures.page(null,
                Fixtures.own("vpn-l2vpn-terminations-get-9.json"), Fixtures.own("vpn-l2vpn-terminations-get-9-brief.json")));

        List<L2vpnTermination> terminations = client.l2vpnTerminations(L2vpnTerminationQuery.of(3));

        assertThat(terminations.get(0).isOnVlan(17)).isTrue();
        assertThat(terminations.get(0).isOnInterface(17)).isFalse();
        assertThat(terminations.get(0).belongsTo(3)).isTrue();
        assertThat(terminations.get(0).assignedObject().display()).isEqualTo("Customer 101 (101)");
        assertThat(terminations.get(1).belongsTo(3)).isTrue();
        assertThat(terminations.get(1).assignedObjectType()).as("brief terminations name no object").isNull();
        assertThat(netBox.lastRequest().query()).isEqualTo("l2vpn_id=3&limit=200");
    }

    @Test
    void readsAnInterfacesVlanModeAndVlans() {
        netBox.answer("GET", "/api/dcim/interfaces/212/", 200, Fixtures.own("dcim-interfaces-get-212-tagged.json"));

        Interface port = client.iface(212);

        assertThat(port.hasMode("tagged")).isTrue();
        assertThat(port.untaggedVlan()).isNull();
        assertThat(port.taggedVlans()).containsExactly(new VlanRef(17, 101, "Customer 101"));
        assertThat(port.vlanIds()).containsExactly(17L);
        assertThat(port.mtu()).isEqualTo(9212);
        assertThat(port.enabled()).isTrue();
        assertThat(port.speed()).isEqualTo(10_000_000L);
        assertThat(port.l2vpnTermination()).isNull();
    }

    @Test
    void readsARoutedPortAndOlderVlanShapes() {
        netBox.answer("GET", "/api/dcim/interfaces/5/", 200, """
                {"id": 5, "name": "3/1/1", "mode": null, "untagged_vlan": 12, "tagged_vlans": null}""")
                .answer("GET", "/api/ipam/vlan-groups/2/", 200, """
                {"id": 2, "name": "old", "slug": "old", "min_vid": 10, "max_vid": 20, "description": null}""")
                .answer("GET", "/api/ipam/vlans/1048/", 200,
                        Fixtures.read("netbox-docs-v4.6.8/ipam-vlan-serialization.STALE-doc-example.json"));

        Interface routed = client.iface(5);
        VlanGroup old = client.vlanGroup(2);
        Vlan stale = client.vlan(1048);

        assertThat(routed.mode()).isNull();
        assertThat(routed.untaggedVlan()).isEqualTo(new VlanRef(12, null, null));
        assertThat(routed.taggedVlans()).isEmpty();
        assertThat(old.vidRanges()).containsExactly(new VidRange(10, 20));
        assertThat(old.description()).isEmpty();
        assertThat(stale.vid()).isEqualTo(101);
        assertThat(stale.group().name()).isEqualTo("Production");
        assertThat(stale.status().label()).isEqualTo("Active");
    }
}
