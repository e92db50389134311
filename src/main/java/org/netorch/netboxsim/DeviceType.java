package org.netorch.netboxsim;

class DeviceType extends SimObject {
    long manufacturerId;
    String model;
    String slug;
    double uHeight = 1.0;
    String description = "";
    String comments = "";
}
