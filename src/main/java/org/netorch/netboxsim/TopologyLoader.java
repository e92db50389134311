package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netorch.netbox.seed.DemoTopology;

/** Writes a {@link DemoTopology} straight into the store, in the same order the seeder creates it over the API. */
final class TopologyLoader {

    private final SimulatorStore store;
    private final Map<String, Long> siteIds = new HashMap<>();
    private final Map<String, Long> manufacturerIds = new HashMap<>();
    private final Map<String, Long> deviceTypeIds = new HashMap<>();
    private final Map<String, Long> roleIds = new HashMap<>();

    private TopologyLoader(SimulatorStore store) {
        this.store = store;
    }

    /** Loads the workshop's demo network; runs inside a store write on an empty store. */
    static void seedDemo(SimulatorStore store) {
        load(store, DemoTopology.workshop());
    }

    static void load(SimulatorStore store, DemoTopology topology) {
        new TopologyLoader(store).build(topology);
    }

    private void build(DemoTopology topology) {
        topology.sites().forEach(this::site);
        topology.manufacturers().forEach(this::manufacturer);
        topology.deviceTypes().forEach(this::deviceType);
        topology.roles().forEach(this::role);
        topology.devices().forEach(this::device);
        topology.prefixes().forEach(this::prefix);
        topology.vlanGroups().forEach(this::vlanGroup);
    }

    private void site(DemoTopology.Site spec) {
        Site site = new Site();
        site.name = spec.name();
        site.slug = spec.slug();
        siteIds.put(spec.slug(), store.insert(Kind.SITE, site).id);
    }

    private void manufacturer(DemoTopology.Manufacturer spec) {
        Manufacturer manufacturer = new Manufacturer();
        manufacturer.name = spec.name();
        manufacturer.slug = spec.slug();
        manufacturerIds.put(spec.slug(), store.insert(Kind.MANUFACTURER, manufacturer).id);
    }

    private void deviceType(DemoTopology.DeviceType spec) {
        DeviceType type = new DeviceType();
        type.manufacturerId = manufacturerIds.get(spec.manufacturerSlug());
        type.model = spec.model();
        type.slug = spec.slug();
        type.uHeight = spec.uHeight();
        deviceTypeIds.put(spec.slug(), store.insert(Kind.DEVICE_TYPE, type).id);
    }

    private void role(DemoTopology.Role spec) {
        DeviceRole role = new DeviceRole();
        role.name = spec.name();
        role.slug = spec.slug();
        role.color = spec.color();
        roleIds.put(spec.slug(), store.insert(Kind.DEVICE_ROLE, role).id);
    }

    private void device(DemoTopology.Device spec) {
        Device device = new Device();
        device.name = spec.name();
        device.deviceTypeId = deviceTypeIds.get(spec.deviceTypeSlug());
        device.roleId = roleIds.get(spec.roleSlug());
        device.siteId = siteIds.get(spec.siteSlug());
        device.status = spec.status();
        store.insert(Kind.DEVICE, device);
        Map<String, Long> interfaceIds = new HashMap<>();
        for (DemoTopology.Port port : spec.interfaces()) {
            Interface iface = new Interface();
            iface.deviceId = device.id;
            iface.name = port.name();
            iface.type = port.type();
            iface.speed = port.speedKbps();
            iface.enabled = port.enabled();
            interfaceIds.put(port.name(), store.insert(Kind.INTERFACE, iface).id);
        }
        for (DemoTopology.Address address : spec.addresses()) {
            IpAddress ip = assign(address, interfaceIds.get(address.interfaceName()));
            if (address.primary() && address.isIpv6()) {
                device.primaryIp6Id = ip.id;
            } else if (address.primary()) {
                device.primaryIp4Id = ip.id;
            }
        }
        store.update(Kind.DEVICE, device);
    }

    private IpAddress assign(DemoTopology.Address spec, Long interfaceId) {
        IpAddress ip = new IpAddress();
        ip.address = spec.address();
        ip.status = "active";
        ip.role = spec.role();
        ip.interfaceId = interfaceId;
        ip.dnsName = spec.dnsName();
        ip.description = spec.description();
        return store.insert(Kind.IP_ADDRESS, ip);
    }

    private void prefix(DemoTopology.Prefix spec) {
        Prefix prefix = new Prefix();
        prefix.prefix = spec.prefix();
        prefix.description = spec.description();
        prefix.isPool = spec.isPool();
        store.insert(Kind.PREFIX, prefix);
    }

    private void vlanGroup(DemoTopology.VlanGroup spec) {
        VlanGroup group = new VlanGroup();
        group.name = spec.name();
        group.slug = spec.slug();
        group.vidRanges = new ArrayList<>(List.of(new int[] {spec.firstVid(), spec.lastVid()}));
        group.description = spec.description();
        store.insert(Kind.VLAN_GROUP, group);
    }
}
