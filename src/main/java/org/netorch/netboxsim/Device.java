package org.netorch.netboxsim;

class Device extends SimObject {
    String name;
    long deviceTypeId;
    long roleId;
    long siteId;
    String status = "active";
    String serial = "";
    String assetTag;
    Long primaryIp4Id;
    Long primaryIp6Id;
    String description = "";
    String comments = "";
}
