package org.netorch.process.node;

/** An IPv4 address with its prefix length, e.g. {@code 10.0.0.1/32}, as IOS wants it: address and dotted netmask. */
record Ipv4Interface(String address, int prefixLength) {

    static Ipv4Interface parse(String cidr) {
        String[] parts = cidr.split("/");
        int length = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("not an IPv4 prefix length: " + cidr);
        }
        return new Ipv4Interface(parts[0], length);
    }

    String netmask() {
        long mask = prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
        return (mask >> 24) + "." + ((mask >> 16) & 0xFF) + "." + ((mask >> 8) & 0xFF) + "." + (mask & 0xFF);
    }
}
