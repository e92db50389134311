package org.netorch.netbox.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * A topology as plain data, in the order it has to be created. {@link #workshop()} is the demo network both the
 * simulator's own seed and {@link NetBoxSeeder} load, so the two cannot drift apart.
 */
public record DemoTopology(
        List<Site> sites,
        List<Manufacturer> manufacturers,
        List<DeviceType> deviceTypes,
        List<Role> roles,
        List<Device> devices,
        List<Prefix> prefixes,
        List<VlanGroup> vlanGroups) {

    private static final int LOCATIONS = 5;
    private static final int PORTS_PER_SLOT = 36;
    private static final int ACCESS_PORTS_PER_SLOT = 12;
    public static final long KBPS_400G = 400_000_000L;
    public static final long KBPS_100G = 100_000_000L;
    public static final long KBPS_10G = 10_000_000L;
    public static final long KBPS_1G = 1_000_000L;
    /** The VLAN group customer services (L2VPNs) take their VLANs from. */
    public static final String CUSTOMER_VLAN_GROUP = "customer-services";

    public DemoTopology {
        sites = List.copyOf(sites);
        manufacturers = List.copyOf(manufacturers);
        deviceTypes = List.copyOf(deviceTypes);
        roles = List.copyOf(roles);
        devices = List.copyOf(devices);
        prefixes = List.copyOf(prefixes);
        vlanGroups = List.copyOf(vlanGroups);
    }

    public record Site(String name, String slug) {
    }

    public record Manufacturer(String name, String slug) {
    }

    public record DeviceType(String manufacturerSlug, String model, String slug, double uHeight) {
    }

    public record Role(String name, String slug, String color) {
    }

    /**
     * {@code speedKbps} is null for interfaces without a speed, such as loopbacks. A port that is not
     * {@code enabled} waits, shut, for the service that will use it.
     */
    public record Port(String name, String type, Long speedKbps, boolean enabled) {

        public Port(String name, String type, Long speedKbps) {
            this(name, type, speedKbps, true);
        }
    }

    /** An address assigned to one of its device's interfaces; {@code primary} makes it the device's primary IP. */
    public record Address(String interfaceName, String address, String role, String dnsName, String description,
            boolean primary) {

        public boolean isIpv6() {
            return address.contains(":");
        }
    }

    public record Device(String name, String siteSlug, String deviceTypeSlug, String roleSlug, String status,
            List<Port> interfaces, List<Address> addresses) {

        public Device {
            interfaces = List.copyOf(interfaces);
            addresses = List.copyOf(addresses);
        }
    }

    public record Prefix(String prefix, String description, boolean isPool) {
    }

    /** A global VLAN group whose VLANs take VIDs {@code firstVid} to {@code lastVid}. */
    public record VlanGroup(String name, String slug, int firstVid, int lastVid, String description) {
    }

    /**
     * The workshop's demo network: five planned Nokia core routers, one per location, each with 36 400G and 36 100G
     * ports for the core links circuits build, 12 10G and 12 1G customer-facing ports (shut until a Port uses
     * them) and a loopback carrying its management addresses; the address plan the circuits draw from; and the VLAN
     * group (VIDs 100-4000) customer services take their VLANs from.
     */
    public static DemoTopology workshop() {
        List<Site> sites = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        for (int n = 1; n <= LOCATIONS; n++) {
            Site site = new Site("Location " + n, "location-" + n);
            sites.add(site);
            String name = "loc" + n + "-core";
            List<Port> interfaces = new ArrayList<>();
            interfaces.addAll(slot(1, "400gbase-x-qsfpdd", KBPS_400G));
            interfaces.addAll(slot(2, "100gbase-x-qsfp28", KBPS_100G));
            interfaces.addAll(accessSlot(3, "10gbase-x-sfpp", KBPS_10G));
            interfaces.addAll(accessSlot(4, "1000base-x-sfp", KBPS_1G));
            interfaces.add(new Port("loopback0", "virtual", null));
            String dnsName = name + ".igp.orch.example.com";
            String description = "Location " + n + " Core Router Management Loopback";
            List<Address> addresses = List.of(
                    new Address("loopback0", "10.0.0." + n + "/32", "loopback", dnsName, description, true),
                    new Address("loopback0", "2001:db8::" + n + "/128", "loopback", dnsName, description, true));
            devices.add(new Device(name, site.slug(), "7750-sr-2s", "core-router", "planned", interfaces, addresses));
        }
        return new DemoTopology(
                sites,
                List.of(new Manufacturer("Nokia", "nokia")),
                List.of(new DeviceType("nokia", "7750 SR-2s", "7750-sr-2s", 5.0)),
                List.of(new Role("Core Router", "core-router", "2196f3")),
                devices,
                List.of(new Prefix("2001:db8::/44", "IPv6 Management Address Pool", true),
                        new Prefix("2001:db8::/32", "IPv6 Addresses", false),
                        new Prefix("2001:db8:10::/44", "Circuit Address Pool", false),
                        new Prefix("10.0.0.0/8", "IPv4 Addresses", false),
                        new Prefix("10.0.0.0/24", "IPv4 Management Address Pool", true)),
                List.of(new VlanGroup("Customer Services", CUSTOMER_VLAN_GROUP, 100, 4000,
                        "VLANs of customer services (L2VPN)")));
    }

    // customer-facing SFP ports, named slot/MDA/port as on the router
    private static List<Port> accessSlot(int slot, String type, long speedKbps) {
        List<Port> ports = new ArrayList<>();
        for (int port = 1; port <= ACCESS_PORTS_PER_SLOT; port++) {
            ports.add(new Port(slot + "/1/" + port, type, speedKbps, false));
        }
        return ports;
    }

    private static List<Port> slot(int slot, String type, long speedKbps) {
        List<Port> ports = new ArrayList<>();
        for (int connector = 1; connector <= PORTS_PER_SLOT; connector++) {
            ports.add(new Port(slot + "/1/c" + connector + "/1", type, speedKbps));
        }
        return ports;
    }
}
