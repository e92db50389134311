package org.netorch.netbox;

/** L2VPN termination filters; null means "any". */
public record L2vpnTerminationQuery(Long l2vpnId, Long vlanId, Long interfaceId) {

    public static L2vpnTerminationQuery all() {
        return new L2vpnTerminationQuery(null, null, null);
    }

    public static L2vpnTerminationQuery of(long l2vpnId) {
        return new L2vpnTerminationQuery(l2vpnId, null, null);
    }

    public L2vpnTerminationQuery onVlan(long vlanId) {
        return new L2vpnTerminationQuery(l2vpnId, vlanId, interfaceId);
    }

    public L2vpnTerminationQuery onInterface(long interfaceId) {
        return new L2vpnTerminationQuery(l2vpnId, vlanId, interfaceId);
    }

    QueryParams params() {
        return new QueryParams().add("l2vpn_id", l2vpnId).add("vlan_id", vlanId).add("interface_id", interfaceId);
    }
}
