package org.netorch.subscription;

import java.util.Locale;

/** The two ends of a circuit. */
public enum Side {
    A, B;

    public Side opposite() {
        return this == A ? B : A;
    }

    String fieldPrefix() {
        return "circuit.endpoint_" + name().toLowerCase(Locale.ROOT) + ".";
    }
}
