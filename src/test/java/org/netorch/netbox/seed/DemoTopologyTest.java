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
    void givesEachRouter36PortsPerSpeedAndALoopback() {
        DemoTopology.Device loc2 = demo.devices().get(1);
        List<DemoTopology.Port> ports = loc2.interfaces();

        assertThat(ports).hasSize(73);
        assertThat(ports).filteredOn(port -> Long.valueOf(DemoTopology.KBPS_400G).equals(port.speedKbps()))
                .hasSize(36).allSatisfy(port -> assertThat(port.name()).matches("1/1/c\\d+/1"));
        assertThat(ports).filteredOn(port -> Long.valueOf(DemoTopology.KBPS_100G).equals(port.speedKbps()))
                .hasSize(36).allSatisfy(port -> assertThat(port.name()).matches("2/1/c\\d+/1"));
        assertThat(ports).filteredOn(port -> port.speedKbps() == null).singleElement()
                .isEqualTo(new DemoTopology.Port("loopback0", "virtual", null));
        assertThat(ports).extracting(DemoTopology.Port::name).doesNotHaveDuplicates();
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
    }
}
