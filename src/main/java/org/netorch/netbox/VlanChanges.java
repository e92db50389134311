package org.netorch.netbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A PATCH of a VLAN: only the parts that are not null are sent. */
public record VlanChanges(String name, String status, String description) {

    public static VlanChanges none() {
        return new VlanChanges(null, null, null);
    }

    public VlanChanges withName(String name) {
        return new VlanChanges(name, status, description);
    }

    public VlanChanges withStatus(String status) {
        return new VlanChanges(name, status, description);
    }

    public VlanChanges withDescription(String description) {
        return new VlanChanges(name, status, description);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        Json.putIfPresent(body, "name", name);
        Json.putIfPresent(body, "status", status);
        Json.putIfPresent(body, "description", description);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no VLAN change given");
        }
        return body;
    }
}
