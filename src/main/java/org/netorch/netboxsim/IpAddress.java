package org.netorch.netboxsim;

class IpAddress extends SimObject {
    String address;
    String status = "active";
    String role;
    Long interfaceId;
    String dnsName = "";
    String description = "";
    String comments = "";

    IpNetwork network() {
        return IpNetwork.parse(address);
    }
}
