package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calls a seeder makes, in the shapes a real NetBox 4.x accepts (netbox-api §2). */
class NetBoxSeedingClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxSeedingClient client = netBox.seedingClient("token");

    @Test
    void findsASiteByItsSlugOrNothing() {
        netBox.answer("GET", "/api/dcim/sites/?slug=location-1&limit=200", 200, """
                {"count": 1, "next": null, "results": [{"id": 4, "name": "Location 1", "slug": "location-1",
                 "status": {"value": "active", "label": "Active"}, "description": "", "tenant": null}]}""");
        netBox.answer("GET", "/api/dcim/sites/?slug=location-9&limit=200", 200,
                "{\"count\": 0, \"next\": null, \"results\": []}");

        assertThat(client.siteWithSlug("location-1")).get()
                .satisfies(site -> assertThat(site.id()).isEqualTo(4))
                .satisfies(site -> assertThat(site.status().is("active")).isTrue());
        assertThat(client.siteWithSlug("location-9")).isEmpty();
    }

    @Test
    void createsADeviceWithRoleAndABareStatusValue() throws Exception {
        netBox.answer("POST", "/api/dcim/devices/", 201, """
                {"id": 11, "name": "loc1-core", "status": {"value": "planned", "label": "Planned"},
                 "role": {"id": 2, "name": "Core Router"}, "site": {"id": 4}, "device_type": {"id": 3},
                 "primary_ip4": null, "primary_ip6": null}""");

        Device device = client.createDevice("loc1-core", 3, 2, 4, "planned");

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"name\": \"loc1-core\", \"device_type\": 3, \"role\": 2, \"site\": 4, \"status\": \"planned\"}"));
        assertThat(device.hasStatus("planned")).isTrue();
    }

    @Test
    void createsADeviceTypeUnderItsManufacturer() throws Exception {
        netBox.answer("POST", "/api/dcim/device-types/", 201, """
                {"id": 3, "manufacturer": {"id": 1, "name": "Nokia", "slug": "nokia"}, "model": "7750 SR-2s",
                 "slug": "7750-sr-2s", "u_height": 5.0}""");

        DeviceType type = client.createDeviceType(1, "7750 SR-2s", "7750-sr-2s", 5.0);

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"manufacturer\": 1, \"model\": \"7750 SR-2s\", \"slug\": \"7750-sr-2s\", \"u_height\": 5.0}"));
        assertThat(type.manufacturer().id()).isEqualTo(1);
        assertThat(type.uHeight()).isEqualTo(5.0);
    }

    @Test
    void createsAllInterfacesOfADeviceInOneBulkPost() throws Exception {
        netBox.answer("POST", "/api/dcim/interfaces/", 201, """
                [{"id": 21, "name": "1/1/c1/1", "speed": 400000000, "type": {"value": "400gbase-x-qsfpdd"}},
                 {"id": 22, "name": "loopback0", "speed": null, "type": {"value": "virtual"}}]""");

        List<Interface> created = client.createInterfaces(List.of(
                new NewInterface(11, "1/1/c1/1", "400gbase-x-qsfpdd", 400_000_000L),
                new NewInterface(11, "loopback0", "virtual", null),
                new NewInterface(11, "3/1/1", "10gbase-x-sfpp", 10_000_000L, false)));

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                [{"device": 11, "name": "1/1/c1/1", "type": "400gbase-x-qsfpdd", "speed": 400000000},
                 {"device": 11, "name": "loopback0", "type": "virtual"},
                 {"device": 11, "name": "3/1/1", "type": "10gbase-x-sfpp", "speed": 10000000, "enabled": false}]"""));
        assertThat(created).extracting(Interface::id).containsExactly(21L, 22L);
    }

    @Test
    void createsAGlobalVlanGroupWithOneRangeOfVids() throws Exception {
        netBox.answer("POST", "/api/ipam/vlan-groups/", 201, Fixtures.own("ipam-vlan-groups-get-4.json"));

        VlanGroup group = client.createVlanGroup("Customer Services", "customer-services", 100, 4000,
                "VLANs of customer services");

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"name": "Customer Services", "slug": "customer-services", "vid_ranges": [[100, 4000]],
                 "description": "VLANs of customer services"}"""));
        assertThat(group.id()).isEqualTo(4);
    }

    @Test
    void sendsNothingForNoInterfaces() {
        assertThat(client.createInterfaces(List.of())).isEmpty();
        assertThat(netBox.requests()).isEmpty();
    }

    @Test
    void createsAnAddressAssignedToAnInterfaceByTypeAndId() throws Exception {
        netBox.answer("POST", "/api/ipam/ip-addresses/", 201, """
                {"id": 31, "address": "10.0.0.1/32", "family": {"value": 4, "label": "IPv4"},
                 "status": {"value": "active"}, "role": {"value": "loopback", "label": "Loopback"},
                 "assigned_object_type": "dcim.interface", "assigned_object_id": 22,
                 "dns_name": "loc1-core.igp.orch.example.com", "description": "Loopback"}""");

        IpAddress ip = client.createIpAddress(new NewIpAddress("10.0.0.1/32", "active", "loopback",
                "loc1-core.igp.orch.example.com", "Loopback", 22L));

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"address": "10.0.0.1/32", "status": "active", "role": "loopback",
                 "dns_name": "loc1-core.igp.orch.example.com", "description": "Loopback",
                 "assigned_object_type": "dcim.interface", "assigned_object_id": 22}"""));
        assertThat(ip.assignedObjectId()).isEqualTo(22L);
    }

    @Test
    void createsAGlobalPrefixWithoutSiteOrScope() throws Exception {
        netBox.answer("POST", "/api/ipam/prefixes/", 201, """
                {"id": 5, "prefix": "10.0.0.0/24", "family": {"value": 4}, "status": {"value": "active"},
                 "is_pool": true, "description": "IPv4 Management Address Pool", "scope": null}""");

        Prefix prefix = client.createPrefix("10.0.0.0/24", "active", true, "IPv4 Management Address Pool");

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"prefix": "10.0.0.0/24", "status": "active", "is_pool": true,
                 "description": "IPv4 Management Address Pool"}"""));
        assertThat(prefix.isPool()).isTrue();
    }

    @Test
    void setsOnlyTheGivenPrimaryAddresses() throws Exception {
        netBox.answer("PATCH", "/api/dcim/devices/11/", 200, """
                {"id": 11, "name": "loc1-core", "primary_ip4": null,
                 "primary_ip6": {"id": 32, "address": "2001:db8::1/128", "family": {"value": 6, "label": "IPv6"}}}""");

        Device device = client.updatePrimaryIps(11, null, 32L);

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("{\"primary_ip6\": 32}"));
        assertThat(device.primaryIp6().id()).isEqualTo(32);
        assertThatThrownBy(() -> client.updatePrimaryIps(11, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void translatesARefusedCreateIntoNetBoxsFieldMessage() {
        netBox.answer("POST", "/api/dcim/sites/", 400, "{\"slug\": [\"site with this slug already exists.\"]}");

        assertThatThrownBy(() -> client.createSite("Location 1", "location-1"))
                .isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("POST /api/dcim/sites/ → 400")
                            .contains("slug: site with this slug already exists.");
                });
    }
}
