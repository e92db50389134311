package org.netorch.netboxsim;

class Prefix extends SimObject {
    String prefix;
    String status = "active";
    boolean isPool;
    boolean markUtilized;
    String description = "";
    String comments = "";

    IpNetwork network() {
        return IpNetwork.parse(prefix);
    }
}
