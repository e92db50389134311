package org.netorch.netbox;

/**
 * VLAN filters; null means "any". {@code interfaceId} finds the VLANs an interface carries (untagged or tagged),
 * {@code l2vpnId} those an L2VPN ends on, {@code descriptionContains} matches ignoring case (how a workflow finds
 * its VLANs again by their subscription marker).
 */
public record VlanQuery(Long groupId, Integer vid, String name, String status, Long interfaceId, Long l2vpnId,
        String descriptionContains) {

    public static VlanQuery all() {
        return new VlanQuery(null, null, null, null, null, null, null);
    }

    public static VlanQuery inGroup(long groupId) {
        return all().withGroup(groupId);
    }

    public VlanQuery withGroup(long groupId) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, descriptionContains);
    }

    public VlanQuery withVid(int vid) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, descriptionContains);
    }

    public VlanQuery named(String name) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, descriptionContains);
    }

    public VlanQuery withStatus(String status) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, descriptionContains);
    }

    public VlanQuery onInterface(long interfaceId) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, descriptionContains);
    }

    public VlanQuery terminatedOn(long l2vpnId) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, descriptionContains);
    }

    public VlanQuery describedWith(String text) {
        return new VlanQuery(groupId, vid, name, status, interfaceId, l2vpnId, text);
    }

    QueryParams params() {
        return new QueryParams().add("group_id", groupId).add("vid", vid).add("name", name).add("status", status)
                .add("interface_id", interfaceId).add("l2vpn_id", l2vpnId).add("description__ic", descriptionContains);
    }
}
