package org.netorch.netbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A PATCH of an L2VPN: only the parts that are not null are sent. */
public record L2vpnChanges(String name, String status, Long identifier, String description) {

    public static L2vpnChanges none() {
        return new L2vpnChanges(null, null, null, null);
    }

    public L2vpnChanges withName(String name) {
        return new L2vpnChanges(name, status, identifier, description);
    }

    public L2vpnChanges withStatus(String status) {
        return new L2vpnChanges(name, status, identifier, description);
    }

    public L2vpnChanges withIdentifier(long identifier) {
        return new L2vpnChanges(name, status, identifier, description);
    }

    public L2vpnChanges withDescription(String description) {
        return new L2vpnChanges(name, status, identifier, description);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        Json.putIfPresent(body, "name", name);
        Json.putIfPresent(body, "status", status);
        Json.putIfPresent(body, "identifier", identifier);
        Json.putIfPresent(body, "description", description);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no L2VPN change given");
        }
        return body;
    }
}
