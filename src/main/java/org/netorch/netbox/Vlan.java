package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A VLAN; {@code group} and {@code site} are null for a global VLAN, {@code l2vpnTermination} when it ends none. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vlan(
        long id,
        int vid,
        String name,
        String display,
        Choice status,
        Ref group,
        Ref site,
        String description,
        @JsonProperty("l2vpn_termination") Ref l2vpnTermination) {

    public Vlan {
        description = Json.orEmpty(description);
    }

    public boolean hasStatus(String expected) {
        return status != null && status.is(expected);
    }

    public boolean isIn(long groupId) {
        return group != null && group.id() == groupId;
    }
}
