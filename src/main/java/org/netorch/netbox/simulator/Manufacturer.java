package org.netorch.netbox.simulator;

class Manufacturer extends SimObject {
    String name;
    String slug;
    String description = "";
}
