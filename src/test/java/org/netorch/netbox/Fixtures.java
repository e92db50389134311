package org.netorch.netbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** A body of ours under {@code src/test/resources/netbox-4.6.8/}, written from NetBox 4.6.8's source (README). */
    static String own(String name) {
        try (var in = Fixtures.class.getResourceAsStream("/netbox-4.6.8/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("fixture missing: netbox-4.6.8/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps single objects in NetBox's list envelope, as a one-page answer. */
    static String page(String next, String... objects) {
        return "{\"count\": " + objects.length + ", \"next\": " + (next == null ? "null" : "\"" + next + "\"")
                + ", \"previous\": null, \"results\": [" + String.join(",", objects) + "]}";
    }
}
