package org.netorch.netbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTopologyTest {

    private final DemoTopology demo = DemoTopology.workshop();

    @Test
    void holdsFivePlannedCoreRoutersOnePerLocation() {
        assertThat(demo.devices()).extracting(DemoTopology.Device::name)
                .containsExactly("loc1-core", "loc2-core", "loc3-core", "loc4-core", "loc5-core");
        assertThat(demo.devices()).extracting(DemoTopology.Device::siteSlug)
                .containsExactlyElementsOf(demo.sites().stream().map(DemoTopology.Site::slug).toList());
        assertThat(demo.devices()).allSatisfy(device -> {
            assertThat(device.status()).isEqualTo("planned");
            assertThat(device.roleSlug()).isEqualTo("core-router");
            assertThat(device.deviceTypeSlug()).isEqualTo("7750-sr-2s");
        });
    }

    @Test
    void givesEachRouter36CorePortsPerSpeedAndALoopback() {
        DemoTopology.Device loc2 = demo.devices().get(1);
        List<DemoTopology.Port> ports = loc2.interfaces();

        assertThat(ports).hasSize(97);
        assertThat(ports).filteredOn(port -> Long.valueOf(DemoTopology.KBPS_400G).equals(port.speedKbps()))
                .hasSize(36).allSatisfy(port -> assertThat(port.name()).matches("1/1/c\\d+/1"));
        assertThat(ports).filteredOn(port -> Long.valueOf(DemoTopology.KBPS_100G).equals(port.speedKbps()))
                .hasSize(36).allSatisfy(port -> assertThat(port.name()).matches("2/1/c\\d+/1"));
        assertThat(ports).filteredOn(port -> port.speedKbps() == null).singleElement()
                .isEqualTo(new DemoTopology.Port("loopback0", "virtual", null));
        assertThat(ports).extracting(DemoTopology.Port::name).doesNotHaveDuplicates();
    }

    @Test
    void givesEachRouter12CustomerPortsOf10gAnd1gShutUntilAServiceUsesThem() {
        for (DemoTopology.Device router : demo.devices()) {
            List<DemoTopology.Port> ports = router.interfaces();

            assertThat(ports).filteredOn(port -> Long.valueOf(DemoTopology.KBPS_10G).equals(port.speedKbps()))
                    .hasSize(12).allSatisfy(port -> {
                        assertThat(port.name()).matches("3/1/\\d+");
                        assertThat(port.type()).isEqualTo("10gbase-x-sfpp");
                    });
            assertThat(ports).filteredOn(port -> Long.valueOf(DemoTopology.KBPS_1G).equals(port.speedKbps()))
                    .hasSize(12).allSatisfy(port -> {
                        assertThat(port.name()).matches("4/1/\\d+");
                        assertThat(port.type()).isEqualTo("1000base-x-sfp");
                    });
            assertThat(ports).filteredOn(port -> !port.enabled()).hasSize(24).allSatisfy(port ->
                    assertThat(port.speedKbps()).isIn(DemoTopology.KBPS_10G, DemoTopology.KBPS_1G));
        }
    }

    @Test
    void offersCustomerServicesTheVlansOfOneGlobalGroup() {
        assertThat(demo.vlanGroups()).singleElement().satisfies(group -> {
            assertThat(group.slug()).isEqualTo(DemoTopology.CUSTOMER_VLAN_GROUP);
            assertThat(group.firstVid()).isEqualTo(100);
            assertThat(group.lastVid()).isEqualTo(4000);
        });
    }

    @Test
    void putsOnePrimaryAddressPerFamilyOnTheLoopback() {
        DemoTopology.Device loc4 = demo.devices().get(3);

        assertThat(loc4.addresses()).allSatisfy(address -> {
            assertThat(address.interfaceName()).isEqualTo("loopback0");
            assertThat(address.primary()).isTrue();
            assertThat(address.dnsName()).isEqualTo("loc4-core.igp.orch.example.com");
        });
        assertThat(loc4.addresses()).extracting(DemoTopology.Address::address)
                .containsExactly("10.0.0.4/32", "2001:db8::4/128");
        assertThat(loc4.addresses()).extracting(DemoTopology.Address::isIpv6).containsExactly(false, true);
    }

    @Test
    void plansTheCircuitPoolAmongFivePrefixes() {
        assertThat(demo.prefixes()).hasSize(5)
                .contains(new DemoTopology.Prefix("2001:db8:10::/44", "Circuit Address Pool", false));
        assertThat(demo.prefixes()).filteredOn(DemoTopology.Prefix::isPool).extracting(DemoTopology.Prefix::prefix)
                .containsExactly("2001:db8::/44", "10.0.0.0/24");
    }

    @Test
    void isImmutable() {
        assertThat(demo.devices()).isUnmodifiable();
        assertThat(demo.devices().get(0).interfaces()).isUnmodifiable();
        assertThat(demo.vlanGroups()).isUnmodifiable();
    }
}
