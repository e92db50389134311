package org.netorch.netbox.simulator;

/**
 * The workshop's demo network: five planned Nokia core routers, one per location, each with 36 400G and 36 100G
 * ports and a loopback carrying its management addresses, plus the address plan the circuits draw from.
 */
final class DemoTopology {

    static final int LOCATIONS = 5;
    static final int PORTS_PER_SLOT = 36;

    private final SimulatorStore store;

    private DemoTopology(SimulatorStore store) {
        this.store = store;
    }

    /** Loads the topology; runs inside a store write on an empty store. */
    static void seed(SimulatorStore store) {
        new DemoTopology(store).build();
    }

    private void build() {
        Manufacturer nokia = manufacturer("Nokia", "nokia");
        DeviceType sr2s = deviceType(nokia, "7750 SR-2s", "7750-sr-2s", 5.0);
        DeviceRole coreRouter = role("Core Router", "core-router", "2196f3");
        for (int n = 1; n <= LOCATIONS; n++) {
            Site location = site("Location " + n, "location-" + n);
            Device router = plannedDevice("loc" + n + "-core", sr2s, coreRouter, location);
            ports(router, 1, "400gbase-x-qsfpdd", 400_000_000L);
            ports(router, 2, "100gbase-x-qsfp28", 100_000_000L);
            Interface loopback = loopback(router, "loopback0");
            String description = "Location " + n + " Core Router Management Loopback";
            String dnsName = router.name + ".igp.orch.example.com";
            router.primaryIp4Id = loopbackAddress(loopback, "10.0.0." + n + "/32", dnsName, description).id;
            router.primaryIp6Id = loopbackAddress(loopback, "2001:db8::" + n + "/128", dnsName, description).id;
            store.update(Kind.DEVICE, router);
        }
        prefix("2001:db8::/44", "IPv6 Management Address Pool", true);
        prefix("2001:db8::/32", "IPv6 Addresses", false);
        prefix("2001:db8:10::/44", "Circuit Address Pool", false);
        prefix("10.0.0.0/8", "IPv4 Addresses", false);
        prefix("10.0.0.0/24", "IPv4 Management Address Pool", true);
    }

    private Manufacturer manufacturer(String name, String slug) {
        Manufacturer manufacturer = new Manufacturer();
        manufacturer.name = name;
        manufacturer.slug = slug;
        return store.insert(Kind.MANUFACTURER, manufacturer);
    }

    private DeviceType deviceType(Manufacturer manufacturer, String model, String slug, double height) {
        DeviceType type = new DeviceType();
        type.manufacturerId = manufacturer.id;
        type.model = model;
        type.slug = slug;
        type.uHeight = height;
        return store.insert(Kind.DEVICE_TYPE, type);
    }

    private DeviceRole role(String name, String slug, String color) {
        DeviceRole role = new DeviceRole();
        role.name = name;
        role.slug = slug;
        role.color = color;
        return store.insert(Kind.DEVICE_ROLE, role);
    }

    private Site site(String name, String slug) {
        Site site = new Site();
        site.name = name;
        site.slug = slug;
        return store.insert(Kind.SITE, site);
    }

    private Device plannedDevice(String name, DeviceType type, DeviceRole role, Site site) {
        Device device = new Device();
        device.name = name;
        device.deviceTypeId = type.id;
        device.roleId = role.id;
        device.siteId = site.id;
        device.status = "planned";
        return store.insert(Kind.DEVICE, device);
    }

    private void ports(Device device, int slot, String type, long speedKbps) {
        for (int connector = 1; connector <= PORTS_PER_SLOT; connector++) {
            Interface port = new Interface();
            port.deviceId = device.id;
            port.name = slot + "/1/c" + connector + "/1";
            port.type = type;
            port.speed = speedKbps;
            store.insert(Kind.INTERFACE, port);
        }
    }

    private Interface loopback(Device device, String name) {
        Interface loopback = new Interface();
        loopback.deviceId = device.id;
        loopback.name = name;
        loopback.type = "virtual";
        return store.insert(Kind.INTERFACE, loopback);
    }

    private IpAddress loopbackAddress(Interface loopback, String address, String dnsName, String description) {
        IpAddress ip = new IpAddress();
        ip.address = address;
        ip.status = "active";
        ip.role = "loopback";
        ip.interfaceId = loopback.id;
        ip.dnsName = dnsName;
        ip.description = description;
        return store.insert(Kind.IP_ADDRESS, ip);
    }

    private void prefix(String cidr, String description, boolean isPool) {
        Prefix prefix = new Prefix();
        prefix.prefix = cidr;
        prefix.description = description;
        prefix.isPool = isPool;
        store.insert(Kind.PREFIX, prefix);
    }
}
