package org.netorch.netbox.simulator;

class Site extends SimObject {
    String name;
    String slug;
    String status = "active";
    String description = "";
    String comments = "";
}
