package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressSpaceTest {

    private static IpNetwork net(String cidr) {
        return IpNetwork.parse(cidr);
    }

    private static List<String> addresses(IpNetwork prefix, boolean pool, Set<BigInteger> used, int limit) {
        return AddressSpace.freeAddresses(prefix, pool, used, limit).stream()
                .map(address -> prefix.withAddress(address).toString()).toList();
    }

    @Test
    void writesIpv6AddressesInTheirShortestForm() {
        assertThat(net("2001:DB8:0:0:0:0:0:1/128")).hasToString("2001:db8::1/128");
        assertThat(net("2001:db8:10::/44")).hasToString("2001:db8:10::/44");
        assertThat(net("2001:0:0:1:0:0:0:1/64")).hasToString("2001:0:0:1::1/64");
        assertThat(net("::/0")).hasToString("::/0");
        assertThat(net("10.0.0.7/24").network()).hasToString("10.0.0.0/24");
    }

    @Test
    void rejectsWhatIsNoAddress() {
        assertThatThrownBy(() -> net("10.0.0.300/24")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net("10.0.0.1/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> net("loc1-core")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsTheLargestFreeBlocksAroundChildren() {
        List<IpNetwork> free = AddressSpace.freeBlocks(net("192.0.2.0/24"),
                List.of(net("192.0.2.64/26"), net("192.0.2.192/27")));

        assertThat(free).map(IpNetwork::toString)
                .containsExactly("192.0.2.0/26", "192.0.2.128/26", "192.0.2.224/27");
    }

    @Test
    void allocatesTheLowestFreeBlockFirst() {
        IpNetwork pool = net("2001:db8:10::/44");

        IpNetwork first = AddressSpace.nextPrefix(pool, List.of(), 64).orElseThrow();
        IpNetwork second = AddressSpace.nextPrefix(pool, List.of(first), 64).orElseThrow();

        assertThat(first).hasToString("2001:db8:10::/64");
        assertThat(second).hasToString("2001:db8:10:1::/64");
    }

    @Test
    void fillsAGapBeforeCarvingNewSpace() {
        IpNetwork parent = net("10.0.0.0/24");
        List<IpNetwork> children = List.of(net("10.0.0.0/31"), net("10.0.0.4/31"));

        assertThat(AddressSpace.nextPrefix(parent, children, 31).orElseThrow()).hasToString("10.0.0.2/31");
        assertThat(AddressSpace.nextPrefix(parent, children, 30).orElseThrow()).hasToString("10.0.0.8/30");
    }

    @Test
    void findsNothingWhenTheParentIsFull() {
        IpNetwork parent = net("10.0.0.0/30");

        assertThat(AddressSpace.nextPrefix(parent, List.of(net("10.0.0.0/31"), net("10.0.0.2/31")), 31)).isEmpty();
        assertThat(AddressSpace.nextPrefix(parent, List.of(), 29)).isEmpty();
    }

    @Test
    void offersBothAddressesOfAnIpv6PointToPointLink() {
        assertThat(addresses(net("2001:db8:10::/127"), false, Set.of(), 50))
                .containsExactly("2001:db8:10::/127", "2001:db8:10::1/127");
    }

    @Test
    void skipsNetworkAndBroadcastOfAnOrdinaryIpv4Subnet() {
        assertThat(addresses(net("10.0.0.0/29"), false, Set.of(), 50))
                .containsExactly("10.0.0.1/29", "10.0.0.2/29", "10.0.0.3/29", "10.0.0.4/29", "10.0.0.5/29",
                        "10.0.0.6/29");
    }

    @Test
    void offersEveryAddressOfAPoolAndOfAnIpv4PointToPointLink() {
        assertThat(addresses(net("10.0.0.0/30"), true, Set.of(), 50)).hasSize(4).first().isEqualTo("10.0.0.0/30");
        assertThat(addresses(net("10.0.0.0/31"), false, Set.of(), 50))
                .containsExactly("10.0.0.0/31", "10.0.0.1/31");
    }

    @Test
    void skipsUsedAddressesAndStopsAtTheLimit() {
        IpNetwork prefix = net("10.0.0.0/24");
        Set<BigInteger> used = Set.of(net("10.0.0.1/32").address(), net("10.0.0.2/32").address());

        assertThat(addresses(prefix, false, used, 2)).containsExactly("10.0.0.3/24", "10.0.0.4/24");
    }

    @Test
    void hasNoAddressLeftWhenAllAreUsed() {
        IpNetwork link = net("2001:db8:10::/127");
        Set<BigInteger> used = Set.of(link.first(), link.last());

        assertThat(AddressSpace.freeAddresses(link, false, used, 10)).isEmpty();
    }
}
