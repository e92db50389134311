package org.netorch.netboxsim;

class L2vpn extends SimObject {
    String name;
    String slug;
    String type;
    String status = "active";
    Long identifier;
    String description = "";
    String comments = "";

    String display() {
        return identifier == null || identifier == 0 ? name : name + " (" + identifier + ")";
    }
}
