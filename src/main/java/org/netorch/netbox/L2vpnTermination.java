package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an L2VPN ends: a VLAN ({@code ipam.vlan}) or an interface ({@code dcim.interface}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record L2vpnTermination(
        long id,
        String display,
        Ref l2vpn,
        @JsonProperty("assigned_object_type") String assignedObjectType,
        @JsonProperty("assigned_object_id") long assignedObjectId,
        @JsonProperty("assigned_object") Ref assignedObject) {

    public static final String VLAN = "ipam.vlan";
    public static final String INTERFACE = "dcim.interface";

    public boolean isOnVlan(long vlanId) {
        return VLAN.equals(assignedObjectType) && assignedObjectId == vlanId;
    }

    public boolean isOnInterface(long interfaceId) {
        return INTERFACE.equals(assignedObjectType) && assignedObjectId == interfaceId;
    }

    public boolean belongsTo(long l2vpnId) {
        return l2vpn != null && l2vpn.id() == l2vpnId;
    }
}
