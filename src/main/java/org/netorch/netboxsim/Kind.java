package org.netorch.netboxsim;

/** The object kinds the simulator serves, with their API path and the names NetBox uses for them. */
enum Kind {
    SITE("dcim", "sites", "Site", Site.class),
    MANUFACTURER("dcim", "manufacturers", "Manufacturer", Manufacturer.class),
    DEVICE_TYPE("dcim", "device-types", "DeviceType", DeviceType.class),
    DEVICE_ROLE("dcim", "device-roles", "DeviceRole", DeviceRole.class),
    DEVICE("dcim", "devices", "Device", Device.class),
    INTERFACE("dcim", "interfaces", "Interface", Interface.class),
    CABLE("dcim", "cables", "Cable", Cable.class),
    IP_ADDRESS("ipam", "ip-addresses", "IPAddress", IpAddress.class),
    PREFIX("ipam", "prefixes", "Prefix", Prefix.class),
    VLAN_GROUP("ipam", "vlan-groups", "VLANGroup", VlanGroup.class),
    VLAN("ipam", "vlans", "VLAN", Vlan.class),
    L2VPN("vpn", "l2vpns", "L2VPN", L2vpn.class),
    L2VPN_TERMINATION("vpn", "l2vpn-terminations", "L2VPNTermination", L2vpnTermination.class);

    final String app;
    final String path;
    final String modelName;
    final Class<? extends SimObject> type;

    Kind(String app, String path, String modelName, Class<? extends SimObject> type) {
        this.app = app;
        this.path = path;
        this.modelName = modelName;
        this.type = type;
    }

    String objectType() {
        return app + "." + modelName.toLowerCase();
    }
}
