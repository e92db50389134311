package org.netorch.netboxsim;

class Manufacturer extends SimObject {
    String name;
    String slug;
    String description = "";
}
