package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ipv6NetworkTest {

    private static Ipv6Network network(String cidr) {
        return Ipv6Network.parse(cidr).orElseThrow();
    }

    @Test
    void aLinkPrefixAndItsAddressesSitInsideTheCircuitPrefixAndThePool() {
        Ipv6Network pool = network("2001:db8:10::/44");
        Ipv6Network circuit = network("2001:db8:1f:ffff::/64");

        assertThat(pool.covers(circuit)).isTrue();
        assertThat(circuit.covers("2001:db8:1f:ffff::/127")).isTrue();
        assertThat(network("2001:db8:1f:ffff::/127").covers("2001:db8:1f:ffff::1/127")).isTrue();
    }

    @Test
    void neighboursAndWiderPrefixesAreNotInside() {
        Ipv6Network link = network("2001:db8:10::/127");

        assertThat(link.covers("2001:db8:10::2/127")).isFalse();
        assertThat(network("2001:db8:10::/44").covers("2001:db8:20::/64")).isFalse();
        assertThat(link.covers("2001:db8:10::/64")).as("a wider prefix").isFalse();
    }

    @Test
    void anAddressWithItsLengthNamesItsNetwork() {
        assertThat(network("2001:db8:10::1/127")).isEqualTo(network("2001:db8:10::/127"));
        assertThat(network("2001:DB8:10:0:0:0:0:0/64")).isEqualTo(network("2001:db8:10::/64"));
    }

    @Test
    void anythingButAnIpv6PrefixIsNoNetworkAndNothingIsLookedUp() {
        assertThat(Ipv6Network.parse("10.0.0.1/32")).isEmpty();
        assertThat(Ipv6Network.parse("loc1-core.example.net/64")).isEmpty();
        assertThat(Ipv6Network.parse("2001:db8::")).isEmpty();
        assertThat(Ipv6Network.parse("2001:db8::/129")).isEmpty();
        assertThat(Ipv6Network.parse(null)).isEmpty();
        assertThat(network("2001:db8::/64").covers("not an address")).isFalse();
    }
}
