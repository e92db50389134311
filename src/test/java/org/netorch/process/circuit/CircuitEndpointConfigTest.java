package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CircuitEndpointConfigTest {

    private final CircuitEndpointConfig drained = new CircuitEndpointConfig("loc1-core", "10.0.0.1/32", "1/1/c1/1",
            "Circuit Connection to loc2-core port 1/1/c1/1", "2001:db8:10::/127", true);

    @Test
    void aCircuitUnderMaintenanceCarriesTheDrainMetricOnItsOwnInterface() {
        String config = drained.render();

        assertThat(config).contains("interface 1/1/c1/1\n description Circuit Connection to loc2-core port 1/1/c1/1",
                " ipv6 address 2001:db8:10::/127", " isis metric 15000000 level-2", " no passive-interface 1/1/c1/1");
        assertThat(config.indexOf("isis metric")).isLessThan(config.indexOf("\nrouter isis"));
        assertThat(config).doesNotContain("{{");
    }

    @Test
    void normalTrafficUsesMetric10() {
        var normal = new CircuitEndpointConfig("loc1-core", "10.0.0.1/32", "1/1/c1/1", "d", "2001:db8:10::/127", false);

        assertThat(normal.isisMetric()).isEqualTo(10);
        assertThat(normal.render()).contains(" isis metric 10 level-2").doesNotContain("15000000");
    }

    @Test
    void eachRouterGetsItsOwnNetFromItsLoopback() {
        assertThat(CircuitEndpointConfig.isisNet("10.0.0.1/32")).isEqualTo("49.0001.0100.0000.0001.00");
        assertThat(CircuitEndpointConfig.isisNet("192.168.254.17/32")).isEqualTo("49.0001.1921.6825.4017.00");
        assertThat(drained.render()).contains(" net 49.0001.0100.0000.0001.00");
    }

    @Test
    void aLoopbackThatIsNotIpv4IsRefused() {
        assertThatThrownBy(() -> CircuitEndpointConfig.isisNet("2001:db8::1/128"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
