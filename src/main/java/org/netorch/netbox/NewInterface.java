package org.netorch.netbox;

/** An interface to create; {@code type} is NetBox's type value, {@code speedKbps} may be null (no speed). */
public record NewInterface(long deviceId, String name, String type, Long speedKbps) {
}
