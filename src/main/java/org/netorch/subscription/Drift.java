package org.netorch.subscription;

import java.util.Objects;

/**
 * One difference a validation found between what a subscription records and what NetBox holds: the subscription's
 * field it concerns (e.g. {@code node.ipv4_loopback}), what the subscription expects there and what NetBox has.
 */
public record Drift(String field, String expected, String found) {

    public Drift {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }
}
