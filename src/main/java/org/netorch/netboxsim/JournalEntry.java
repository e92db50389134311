package org.netorch.netboxsim;

import java.time.Instant;

/**
 * One request the simulator answered.
 *
 * @param path  relative to {@code /netbox}, e.g. {@code /api/dcim/devices/1/}
 * @param query the raw query string, or null
 */
public record JournalEntry(String method, String path, String query, int status, Instant time) {

    public boolean isWrite() {
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }
}
