package org.netorch.netboxsim;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An address with a mask length, e.g. {@code 10.0.0.1/32} or the network {@code 2001:db8::/32}. */
record IpNetwork(int version, BigInteger address, int length) implements Comparable<IpNetwork> {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    static IpNetwork parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int slash = trimmed.indexOf('/');
        String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
        int version = IPV4.matcher(host).matches() ? 4 : IPV6.matcher(host).matches() ? 6 : 0;
        if (version == 0) {
            throw new IllegalArgumentException("Invalid IP address: " + text);
        }
        int maxLength = version == 4 ? 32 : 128;
        int length;
        try {
            length = slash < 0 ? maxLength : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid mask: " + text);
        }
        if (length < 0 || length > maxLength) {
            throw new IllegalArgumentException("Invalid mask: " + text);
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length != (version == 4 ? 4 : 16)) {
                throw new IllegalArgumentException("Invalid IP address: " + text);
            }
            return new IpNetwork(version, new BigInteger(1, bytes), length);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Invalid IP address: " + text);
        }
    }

    static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    int maxLength() {
        return version == 4 ? 32 : 128;
    }

    BigInteger size() {
        return BigInteger.ONE.shiftLeft(maxLength() - length);
    }

    BigInteger first() {
        return address.shiftRight(maxLength() - length).shiftLeft(maxLength() - length);
    }

    BigInteger last() {
        return first().add(size()).subtract(BigInteger.ONE);
    }

    /** The network this address belongs to, as NetBox stores a prefix. */
    IpNetwork network() {
        return new IpNetwork(version, first(), length);
    }

    IpNetwork withAddress(BigInteger newAddress) {
        return new IpNetwork(version, newAddress, length);
    }

    IpNetwork withLength(int newLength) {
        return new IpNetwork(version, address, newLength);
    }

    boolean contains(BigInteger host) {
        return host.compareTo(first()) >= 0 && host.compareTo(last()) <= 0;
    }

    /** True when {@code other} lies inside this network, equal included. */
    boolean covers(IpNetwork other) {
        return version == other.version && other.length >= length && contains(other.first());
    }

    boolean strictlyCovers(IpNetwork other) {
        return covers(other) && other.length > length;
    }

    String host() {
        return formatAddress(version, address);
    }

    @Override
    public String toString() {
        return host() + "/" + length;
    }

    @Override
    public int compareTo(IpNetwork other) {
        if (version != other.version) {
            return Integer.compare(version, other.version);
        }
        int byAddress = address.compareTo(other.address);
        return byAddress != 0 ? byAddress : Integer.compare(length, other.length);
    }

    static String formatAddress(int version, BigInteger value) {
        if (version == 4) {
            long v = value.longValue();
            return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
