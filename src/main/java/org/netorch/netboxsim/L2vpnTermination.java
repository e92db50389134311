package org.netorch.netboxsim;

/** Where an L2VPN ends: one VLAN or one interface, each of which may end one L2VPN termination only. */
class L2vpnTermination extends SimObject {
    long l2vpnId;
    String assignedObjectType;
    long assignedObjectId;

    boolean isOn(Kind kind, long id) {
        return kind.objectType().equals(assignedObjectType) && assignedObjectId == id;
    }
}
