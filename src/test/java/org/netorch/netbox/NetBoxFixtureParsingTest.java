package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetBoxFixtureParsingTest {

    private static final String NETBOX_435 = "elastic-integrations-netbox-4.3.5/";
    private static final String DOCS_468 = "netbox-docs-v4.6.8/";
    private static final String LEGACY = "pynetbox-legacy/";

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxClient client = netBox.client("0123456789abcdef0123456789abcdef01234567");

    @Test
    void readsRealDeviceListFromNetBox435() {
        netBox.answer("GET", "/api/dcim/devices/", 200, Fixtures.read(NETBOX_435 + "dcim-devices-list-limit2-offset2.json"));

        List<Device> devices = client.devices(DeviceQuery.all());

        assertThat(devices).singleElement().satisfies(device -> {
            assertThat(device.id()).isEqualTo(3);
            assertThat(device.name()).isEqualTo("web-srv-02");
            assertThat(device.display()).isEqualTo("web-srv-02 (WEB-002)");
            assertThat(device.status()).isEqualTo(new Choice("active", "Active"));
            assertThat(device.hasStatus("active")).isTrue();
            assertThat(device.site().id()).isEqualTo(1);
            assertThat(device.site().name()).isEqualTo("datacenter-east");
            assertThat(device.role().name()).isEqualTo("web-server");
            assertThat(device.deviceType().id()).isEqualTo(1);
            assertThat(device.deviceType().display()).isEqualTo("dell poweredge r740");
            assertThat(device.primaryIp4().address()).isEqualTo("10.0.1.15/24");
            assertThat(device.primaryIp4().family()).isEqualTo(new Family(4, "IPv4"));
            assertThat(device.primaryIp6()).isNull();
            assertThat(device.description()).isEqualTo("Primary web server for customer portal");
        });
    }

    @Test
    void readsSummariesFromFullDevicesWhenNetBoxIgnoresTheFieldsParameter() {
        netBox.answer("GET", "/api/dcim/devices/", 200, Fixtures.read(NETBOX_435 + "dcim-devices-list-limit2-offset2.json"));

        List<DeviceSummary> devices = client.deviceSummaries(DeviceQuery.all());

        assertThat(devices).singleElement().satisfies(device -> {
            assertThat(device.id()).isEqualTo(3);
            assertThat(device.name()).isEqualTo("web-srv-02");
            assertThat(device.site().display()).isEqualTo("datacenter-east");
        });
    }

    @Test
    void readsRealIpAddressesFromNetBox435() {
        netBox.answer("GET", "/api/ipam/ip-addresses/", 200,
                Fixtures.read(NETBOX_435 + "ipam-ip-addresses-list-limit1-offset1.json"));

        IpAddress ip = client.ipAddresses(IpAddressQuery.all()).get(0);

        assertThat(ip.id()).isEqualTo(1);
        assertThat(ip.address()).isEqualTo("192.168.1.100/32");
        assertThat(ip.family().value()).isEqualTo(4);
        assertThat(ip.status().value()).isEqualTo("active");
        assertThat(ip.role()).isEqualTo(new Choice("secondary", "Secondary"));
        assertThat(ip.assignedObjectType()).isEqualTo("dcim.interface");
        assertThat(ip.assignedObjectId()).isEqualTo(1L);
        assertThat(ip.description()).isEqualTo("desc");
        assertThat(ip.dnsName()).isEqualTo("test.co");
    }

    @Test
    void readsTheSecondIpAddressPageWhoseNextLinkLacksATrailingSlash() {
        netBox.answer("GET", "/api/ipam/ip-addresses/?limit=200", 200,
                        Fixtures.read(NETBOX_435 + "ipam-ip-addresses-list-limit1.json"))
                .answer("GET", "/api/ipam/ip-addresses/?limit=1&offset=1", 200,
                        Fixtures.read(NETBOX_435 + "ipam-ip-addresses-list-limit1-offset1.json"));

        List<IpAddress> ips = client.ipAddresses(IpAddressQuery.all());

        assertThat(ips).extracting(IpAddress::address).containsExactly("192.168.1.101/32", "192.168.1.100/32");
        assertThat(ips.get(0).dnsName()).isEqualTo("hello.world");
    }

    @Test
    void readsFullBriefCreatedAndPatchedPrefixesFromNetBox468Docs() {
        netBox.answer("GET", "/api/ipam/prefixes/13980/", 200, Fixtures.read(DOCS_468 + "ipam-prefixes-get-13980-full.json"))
                .answer("GET", "/api/ipam/prefixes/13981/", 200, Fixtures.read(DOCS_468 + "ipam-prefixes-get-13980-brief.json"))
                .answer("GET", "/api/ipam/prefixes/18691/", 200, Fixtures.read(DOCS_468 + "ipam-prefixes-post-201.json"))
                .answer("GET", "/api/ipam/prefixes/18692/", 200, Fixtures.read(DOCS_468 + "ipam-prefixes-patch-18691-200.json"));

        Prefix full = client.prefix(13980);
        assertThat(full).isEqualTo(new Prefix(13980, "192.0.2.0/24", new Family(4, "IPv4"),
                new Choice("container", "Container"), false, "Example prefix", null));

        Prefix brief = client.prefix(13981);
        assertThat(brief.id()).isEqualTo(13980);
        assertThat(brief.prefix()).isEqualTo("192.0.2.0/24");
        assertThat(brief.family().isIpv6()).isFalse();
        assertThat(brief.status()).isNull();
        assertThat(brief.description()).isEqualTo("Example prefix");

        assertThat(client.prefix(18691).status().value()).isEqualTo("active");
        assertThat(client.prefix(18691).description()).isEmpty();
        assertThat(client.prefix(18692).status()).isEqualTo(new Choice("reserved", "Reserved"));
    }

    @Test
    void readsNetBoxsOwnAuthenticationErrorAsTheDetail() {
        netBox.answer("GET", "/api/status/", 403,
                Fixtures.read(DOCS_468 + "error-403-authentication-credentials-not-provided.json"));

        org.assertj.core.api.Assertions.assertThatThrownBy(client::status)
                .isInstanceOfSatisfying(NetBoxException.class, error -> {
                    assertThat(error.status()).isEqualTo(403);
                    assertThat(error.detail()).isEqualTo("Authentication credentials were not provided.");
                });
    }

    @Test
    void toleratesLegacyDeviceShapes() {
        netBox.answer("GET", "/api/dcim/devices/", 200, Fixtures.read(LEGACY + "dcim-devices.json"))
                .answer("GET", "/api/dcim/devices/1/", 200, Fixtures.read(LEGACY + "dcim-device.json"));

        List<Device> devices = client.devices(DeviceQuery.all());
        Device device = client.device(1);

        assertThat(devices).hasSize(11).allSatisfy(each -> assertThat(each.id()).isPositive());
        assertThat(devices.get(0).name()).isEqualTo("test1-core1");
        assertThat(device.name()).isEqualTo("test1-edge1");
        assertThat(device.status().label()).isEqualTo("Active");
        assertThat(device.primaryIp4().address()).isEqualTo("10.0.255.1/32");
        assertThat(device.primaryIp4().family().value()).isEqualTo(4);
        assertThat(device.description()).isNotNull();
    }

    @Test
    void toleratesLegacyInterfaceShapesWithBareOrObjectCables() {
        netBox.answer("GET", "/api/dcim/interfaces/", 200, Fixtures.read(LEGACY + "dcim-interfaces.json"))
                .answer("GET", "/api/dcim/interfaces/1/", 200, Fixtures.read(LEGACY + "dcim-interface.json"));

        List<Interface> interfaces = client.interfaces(InterfaceQuery.all());
        Interface iface = client.iface(1);

        assertThat(interfaces).isNotEmpty().allSatisfy(each -> assertThat(each.name()).isNotBlank());
        assertThat(interfaces.get(0).device().name()).isEqualTo("test1-spine2");
        assertThat(iface.name()).isEqualTo("et-0/0/0");
        assertThat(iface.cable().id()).isEqualTo(1);
        assertThat(iface.isCabled()).isTrue();
        assertThat(iface.speed()).isNull();
    }

    @Test
    void readsAnInterfaceCableGivenAsABareId() {
        netBox.answer("GET", "/api/dcim/interfaces/5/", 200, """
                {"id": 5, "name": "1/1/c1/1", "cable": 42, "speed": 400000000, "_occupied": true,
                 "mark_connected": false, "enabled": true, "cable_end": "A", "description": null}""");

        Interface iface = client.iface(5);

        assertThat(iface.cable()).isEqualTo(new Ref(42, null, null, null));
        assertThat(iface.speed()).isEqualTo(400_000_000L);
        assertThat(iface.occupied()).isTrue();
        assertThat(iface.cableEnd()).isEqualTo("A");
        assertThat(iface.description()).isEmpty();
    }

    @Test
    void toleratesLegacyCablesPrefixesAndIpAddresses() {
        netBox.answer("GET", "/api/dcim/cables/", 200, Fixtures.read(LEGACY + "dcim-cables.json"))
                .answer("GET", "/api/dcim/cables/1/", 200, Fixtures.read(LEGACY + "dcim-cable.json"))
                .answer("GET", "/api/ipam/prefixes/", 200, Fixtures.read(LEGACY + "ipam-prefixes.json"))
                .answer("GET", "/api/ipam/prefixes/1/", 200, Fixtures.read(LEGACY + "ipam-prefix.json"))
                .answer("GET", "/api/ipam/ip-addresses/1/", 200, Fixtures.read(LEGACY + "ipam-ip_address.json"))
                .answer("GET", "/api/ipam/ip-addresses/2954/", 200,
                        Fixtures.read(DOCS_468 + "ipam-ip-addresses-get-2954.STALE-doc-example.json"));

        assertThat(client.cables(CableQuery.all())).extracting(Cable::id).containsExactly(1L, 2L, 3L);
        Cable cable = client.cable(1);
        assertThat(cable.aTerminations()).isEmpty();
        assertThat(cable.status().label()).isEqualTo("Connected");
        assertThat(client.prefixes(PrefixQuery.all())).extracting(Prefix::prefix)
                .containsExactly("10.0.255.0/24", "10.1.1.0/24");
        assertThat(client.prefix(1).family().value()).isEqualTo(4);
        assertThat(client.ipAddress(1).address()).isEqualTo("10.0.255.1/32");
        assertThat(client.ipAddress(1).status().label()).isEqualTo("Active");
        assertThat(client.ipAddress(2954).assignedObjectId()).isEqualTo(114771L);
    }

    @Test
    void readsAvailablePrefixesAndAddressesWithBareFamilies() {
        netBox.answer("GET", "/api/ipam/prefixes/1/available-prefixes/", 200,
                        Fixtures.read(LEGACY + "ipam-available-prefixes.json"))
                .answer("GET", "/api/ipam/prefixes/1/available-ips/", 200, Fixtures.read(LEGACY + "ipam-available-ips.json"))
                .answer("POST", "/api/ipam/prefixes/1/available-ips/", 201,
                        Fixtures.read(LEGACY + "ipam-available-ips-post.json"));

        assertThat(client.availablePrefixes(1))
                .containsExactly(new AvailablePrefix(new Family(4, "IPv4"), "10.1.1.0/24", null));
        assertThat(client.availableIps(1, 3)).extracting(AvailableIp::address)
                .containsExactly("10.1.1.2/27", "10.1.1.3/27", "10.1.1.7/27");
        assertThat(netBox.lastRequest().query()).isEqualTo("limit=3");
        assertThat(client.allocateIp(1, "x", 7, "active").address()).isEqualTo("10.1.1.1/32");
    }
}
