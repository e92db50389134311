package org.netorch.netbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real NetBox bodies from the shared folder (system property {@code shared.dir}, else {@code ../shared}). */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String relativePath) {
        Path file = Path.of(System.getProperty("shared.dir", "../shared"), "netbox-fixtures", relativePath);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture missing: " + file, e);
        }
    }

    /** Wraps single objects in NetBox's list envelope, as a one-page answer. */
    static String page(String next, String... objects) {
        return "{\"count\": " + objects.length + ", \"next\": " + (next == null ? "null" : "\"" + next + "\"")
                + ", \"previous\": null, \"results\": [" + String.join(",", objects) + "]}";
    }
}
