package org.netorch.netboxsim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Free space inside a prefix, computed the way NetBox's available-prefixes and available-ips views do. */
final class AddressSpace {

    private AddressSpace() {
    }

    /** The largest free CIDR blocks of {@code parent} once {@code taken} is removed, lowest address first. */
    static List<IpNetwork> freeBlocks(IpNetwork parent, Collection<IpNetwork> taken) {
        List<IpNetwork> inside = taken.stream().filter(parent::covers).sorted().toList();
        List<IpNetwork> free = new ArrayList<>();
        BigInteger cursor = parent.first();
        for (IpNetwork child : inside) {
            if (child.first().compareTo(cursor) > 0) {
                addBlocks(parent, cursor, child.first().subtract(BigInteger.ONE), free);
            }
            BigInteger afterChild = child.last().add(BigInteger.ONE);
            if (afterChild.compareTo(cursor) > 0) {
                cursor = afterChild;
            }
        }
        if (cursor.compareTo(parent.last()) <= 0) {
            addBlocks(parent, cursor, parent.last(), free);
        }
        return free;
    }

    /** First fit: the lowest free network of the requested length, carved from the start of a free block. */
    static Optional<IpNetwork> nextPrefix(IpNetwork parent, Collection<IpNetwork> taken, int length) {
        if (length < parent.length() || length > parent.maxLength()) {
            return Optional.empty();
        }
        return freeBlocks(parent, taken).stream()
                .filter(block -> block.length() <= length)
                .findFirst()
                .map(block -> new IpNetwork(parent.version(), block.first(), length));
    }

    /**
     * Free host addresses of a prefix, lowest first. IPv4 prefixes shorter than /31 lose their network and broadcast
     * address, other IPv6 prefixes than /127 and /128 their subnet-router anycast address, unless the prefix is a pool.
     */
    static List<BigInteger> freeAddresses(IpNetwork prefix, boolean isPool, Set<BigInteger> used, int limit) {
        boolean wholeRange = isPool
                || (prefix.version() == 4 && prefix.length() >= 31)
                || (prefix.version() == 6 && prefix.length() >= 127);
        BigInteger start = prefix.first();
        BigInteger end = prefix.last();
        if (!wholeRange) {
            start = start.add(BigInteger.ONE);
            if (prefix.version() == 4) {
                end = end.subtract(BigInteger.ONE);
            }
        }
        List<BigInteger> free = new ArrayList<>();
        for (BigInteger candidate = start; candidate.compareTo(end) <= 0 && free.size() < limit;
                candidate = candidate.add(BigInteger.ONE)) {
            if (!used.contains(candidate)) {
                free.add(candidate);
            }
        }
        return free;
    }

    private static void addBlocks(IpNetwork parent, BigInteger start, BigInteger end, List<IpNetwork> into) {
        int max = parent.maxLength();
        while (start.compareTo(end) <= 0) {
            int alignment = start.signum() == 0 ? max : start.getLowestSetBit();
            int bits = Math.min(alignment, max - parent.length());
            BigInteger remaining = end.subtract(start).add(BigInteger.ONE);
            while (BigInteger.ONE.shiftLeft(bits).compareTo(remaining) > 0) {
                bits--;
            }
            into.add(new IpNetwork(parent.version(), start, max - bits));
            start = start.add(BigInteger.ONE.shiftLeft(bits));
        }
    }
}
