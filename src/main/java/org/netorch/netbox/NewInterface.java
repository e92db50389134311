package org.netorch.netbox;

/**
 * An interface to create; {@code type} is NetBox's type value, {@code speedKbps} may be null (no speed). NetBox
 * creates interfaces enabled unless told otherwise.
 */
public record NewInterface(long deviceId, String name, String type, Long speedKbps, boolean enabled) {

    public NewInterface(long deviceId, String name, String type, Long speedKbps) {
        this(deviceId, name, type, speedKbps, true);
    }
}
