package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An L2VPN; {@code type} is e.g. {@code vpls} or {@code vxlan-evpn}, {@code identifier} null when unset. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record L2vpn(
        long id,
        Long identifier,
        String name,
        String slug,
        String display,
        Choice type,
        Choice status,
        String description) {

    public L2vpn {
        description = Json.orEmpty(description);
    }

    public boolean hasStatus(String expected) {
        return status != null && status.is(expected);
    }
}
