package org.netorch.netbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PATCH of an interface: only the parts that are not null are sent, so a retry writes the same absolute values.
 * {@code vlans}, when given, sets the mode and both VLAN fields at once (see {@link InterfaceVlans}).
 */
public record InterfaceChanges(String description, Boolean enabled, Integer mtu, InterfaceVlans vlans) {

    public static InterfaceChanges none() {
        return new InterfaceChanges(null, null, null, null);
    }

    public InterfaceChanges withDescription(String description) {
        return new InterfaceChanges(description, enabled, mtu, vlans);
    }

    public InterfaceChanges withEnabled(boolean enabled) {
        return new InterfaceChanges(description, enabled, mtu, vlans);
    }

    public InterfaceChanges withMtu(int mtu) {
        return new InterfaceChanges(description, enabled, mtu, vlans);
    }

    public InterfaceChanges withVlans(InterfaceVlans vlans) {
        return new InterfaceChanges(description, enabled, mtu, vlans);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        Json.putIfPresent(body, "description", description);
        Json.putIfPresent(body, "enabled", enabled);
        Json.putIfPresent(body, "mtu", mtu);
        if (vlans != null) {
            body.put("mode", vlans.mode());
            body.put("untagged_vlan", vlans.untaggedVlanId());
            body.put("tagged_vlans", vlans.taggedVlanIds());
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no interface change given");
        }
        return body;
    }
}
