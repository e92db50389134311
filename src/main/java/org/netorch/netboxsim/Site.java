package org.netorch.netboxsim;

class Site extends SimObject {
    String name;
    String slug;
    String status = "active";
    String description = "";
    String comments = "";
}
