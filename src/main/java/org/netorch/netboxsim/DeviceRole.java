package org.netorch.netboxsim;

class DeviceRole extends SimObject {
    String name;
    String slug;
    String color = "9e9e9e";
    String description = "";
}
