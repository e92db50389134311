package org.netorch.process.circuit;

import java.util.Optional;
import java.util.UUID;

import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;

/** Finds a prefix an earlier attempt of a step allocated, by its subscription marker. */
final class Prefixes {

    private Prefixes() {
    }

    /** {@code within} lists children at any depth, so the /64's lookup must not take the /127 inside it. */
    static Optional<Prefix> markedChild(NetBoxClient netBox, String parent, UUID subscriptionId, int length) {
        return netBox.prefixes(PrefixQuery.childrenOf(parent).describedWith(subscriptionId.toString())).stream()
                .filter(prefix -> prefix.prefix().endsWith("/" + length))
                .findFirst();
    }
}
