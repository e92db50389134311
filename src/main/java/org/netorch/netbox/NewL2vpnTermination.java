package org.netorch.netbox;

/** An L2VPN termination to create: the L2VPN and the one VLAN or interface it ends on. */
public record NewL2vpnTermination(long l2vpnId, String assignedObjectType, long assignedObjectId) {

    public static NewL2vpnTermination onVlan(long l2vpnId, long vlanId) {
        return new NewL2vpnTermination(l2vpnId, L2vpnTermination.VLAN, vlanId);
    }

    public static NewL2vpnTermination onInterface(long l2vpnId, long interfaceId) {
        return new NewL2vpnTermination(l2vpnId, L2vpnTermination.INTERFACE, interfaceId);
    }
}
