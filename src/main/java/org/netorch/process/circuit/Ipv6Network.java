package org.netorch.process.circuit;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IPv6 prefix as NetBox writes prefixes and addresses ({@code 2001:db8:10::/64}, {@code 2001:db8:10::1/127}): the
 * network its bits name, so validation can tell whether one sits inside another.
 */
record Ipv6Network(BigInteger network, int length) {

    private static final int BITS = 128;

    /** Empty for anything but an IPv6 address with a prefix length; never asks DNS. */
    static Optional<Ipv6Network> parse(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        String[] parts = cidr.trim().split("/");
        // only a text with a colon is taken as a literal: InetAddress would look any other name up in DNS
        if (parts.length != 2 || !parts[0].contains(":")) {
            return Optional.empty();
        }
        try {
            int length = Integer.parseInt(parts[1]);
            if (length < 0 || length > BITS || !(InetAddress.getByName(parts[0]) instanceof Inet6Address address)) {
                return Optional.empty();
            }
            BigInteger bits = new BigInteger(1, address.getAddress());
            return Optional.of(new Ipv6Network(bits.shiftRight(BITS - length).shiftLeft(BITS - length), length));
        } catch (NumberFormatException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** True when {@code inner} is this network or lies inside it. */
    boolean covers(Ipv6Network inner) {
        return inner.length >= length
                && inner.network.shiftRight(BITS - length).equals(network.shiftRight(BITS - length));
    }

    /** True when the text is an IPv6 prefix or address inside this network. */
    boolean covers(String cidr) {
        return parse(cidr).map(this::covers).orElse(false);
    }
}
