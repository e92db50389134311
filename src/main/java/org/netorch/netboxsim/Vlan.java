package org.netorch.netboxsim;

class Vlan extends SimObject {
    Long siteId;
    Long groupId;
    int vid;
    String name;
    String status = "active";
    String description = "";
    String comments = "";

    /** How NetBox names a VLAN, e.g. {@code Customer 100 (100)}. */
    String display() {
        return name + " (" + vid + ")";
    }
}
