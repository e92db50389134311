package org.netorch.process.circuit;

import java.util.Map;

/** A circuit product's fixed input {@code speed} ({@code 400G}, {@code 100G}) as NetBox stores interface speed. */
final class CircuitSpeed {

    private static final Map<String, Long> KBPS = Map.of("400G", 400_000_000L, "100G", 100_000_000L);

    private CircuitSpeed() {
    }

    static long kbps(String speed) {
        Long kbps = KBPS.get(speed);
        if (kbps == null) {
            throw new IllegalArgumentException("unknown circuit speed '" + speed + "'; known: " + KBPS.keySet());
        }
        return kbps;
    }
}
