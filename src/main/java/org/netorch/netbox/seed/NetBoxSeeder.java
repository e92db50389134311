package org.netorch.netbox.seed;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceRole;
import org.netorch.netbox.DeviceType;
import org.netorch.netbox.Interface;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.IpAddressRef;
import org.netorch.netbox.Manufacturer;
import org.netorch.netbox.NetBoxSeedingClient;
import org.netorch.netbox.NewInterface;
import org.netorch.netbox.NewIpAddress;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.Site;
import org.netorch.netbox.VlanGroup;
import org.netorch.netbox.seed.SeedReport.Count;
import org.netorch.netbox.seed.SeedReport.Item;

/**
 * Brings a NetBox up to a {@link DemoTopology} through the API: every object is looked up by its natural key first
 * and created only when missing, so a second run sends no write at all. Objects that exist are left as they are.
 */
public class NetBoxSeeder {

    private final NetBoxSeedingClient netBox;

    public NetBoxSeeder(NetBoxSeedingClient netBox) {
        this.netBox = netBox;
    }

    /** Stops at the first refused or failed call with its {@link org.netorch.netbox.NetBoxException}. */
    public SeedReport seed(DemoTopology topology) {
        return new Run().seed(topology);
    }

    /** The ids one run has resolved so far, and its tally. */
    private final class Run {

        private final Map<Item, Count> counts = new EnumMap<>(Item.class);
        private final Map<String, Long> siteIds = new HashMap<>();
        private final Map<String, Long> manufacturerIds = new HashMap<>();
        private final Map<String, Long> deviceTypeIds = new HashMap<>();
        private final Map<String, Long> roleIds = new HashMap<>();

        SeedReport seed(DemoTopology topology) {
            for (DemoTopology.Site site : topology.sites()) {
                siteIds.put(site.slug(), getOrCreate(Item.SITES, netBox.siteWithSlug(site.slug()),
                        () -> netBox.createSite(site.name(), site.slug()), Site::id));
            }
            for (DemoTopology.Manufacturer manufacturer : topology.manufacturers()) {
                manufacturerIds.put(manufacturer.slug(), getOrCreate(Item.MANUFACTURERS,
                        netBox.manufacturerWithSlug(manufacturer.slug()),
                        () -> netBox.createManufacturer(manufacturer.name(), manufacturer.slug()),
                        Manufacturer::id));
            }
            for (DemoTopology.DeviceType type : topology.deviceTypes()) {
                deviceTypeIds.put(type.slug(), getOrCreate(Item.DEVICE_TYPES, netBox.deviceTypeWithSlug(type.slug()),
                        () -> netBox.createDeviceType(resolve(manufacturerIds, type.manufacturerSlug(), "manufacturer"),
                                type.model(), type.slug(), type.uHeight()),
                        DeviceType::id));
            }
            for (DemoTopology.Role role : topology.roles()) {
                roleIds.put(role.slug(), getOrCreate(Item.DEVICE_ROLES, netBox.deviceRoleWithSlug(role.slug()),
                        () -> netBox.createDeviceRole(role.name(), role.slug(), role.color()),
                        DeviceRole::id));
            }
            topology.devices().forEach(this::device);
            for (DemoTopology.Prefix prefix : topology.prefixes()) {
                getOrCreate(Item.PREFIXES, netBox.prefixExactly(prefix.prefix()),
                        () -> netBox.createPrefix(prefix.prefix(), "active", prefix.isPool(), prefix.description()),
                        Prefix::id);
            }
            for (DemoTopology.VlanGroup group : topology.vlanGroups()) {
                getOrCreate(Item.VLAN_GROUPS, netBox.vlanGroupWithSlug(group.slug()),
                        () -> netBox.createVlanGroup(group.name(), group.slug(), group.firstVid(), group.lastVid(),
                                group.description()),
                        VlanGroup::id);
            }
            return new SeedReport(counts);
        }

        private void device(DemoTopology.Device spec) {
            Optional<Device> existing = netBox.deviceNamed(spec.name(), spec.siteSlug());
            count(Item.DEVICES, existing.isEmpty() ? 1 : 0, existing.isPresent() ? 1 : 0);
            Device device = existing.orElseGet(() -> netBox.createDevice(spec.name(),
                    resolve(deviceTypeIds, spec.deviceTypeSlug(), "device type"),
                    resolve(roleIds, spec.roleSlug(), "device role"),
                    resolve(siteIds, spec.siteSlug(), "site"), spec.status()));
            Map<String, Long> interfaceIds = interfaces(device, spec, existing.isPresent());
            Long primary4 = null;
            Long primary6 = null;
            for (DemoTopology.Address address : spec.addresses()) {
                long id = address(address, resolve(interfaceIds, address.interfaceName(), "interface"));
                if (address.primary() && address.isIpv6()) {
                    primary6 = id;
                } else if (address.primary()) {
                    primary4 = id;
                }
            }
            primaryIps(device, primary4, primary6);
        }

        private Map<String, Long> interfaces(Device device, DemoTopology.Device spec, boolean deviceExisted) {
            Map<String, Long> ids = new LinkedHashMap<>();
            if (deviceExisted) {
                netBox.interfacesOf(device.id()).forEach(iface -> ids.put(iface.name(), iface.id()));
            }
            List<NewInterface> missing = spec.interfaces().stream()
                    .filter(port -> !ids.containsKey(port.name()))
                    .map(port -> new NewInterface(device.id(), port.name(), port.type(), port.speedKbps(),
                            port.enabled()))
                    .toList();
            count(Item.INTERFACES, missing.size(), spec.interfaces().size() - missing.size());
            for (Interface created : netBox.createInterfaces(missing)) {
                ids.put(created.name(), created.id());
            }
            return ids;
        }

        private long address(DemoTopology.Address spec, long interfaceId) {
            return getOrCreate(Item.IP_ADDRESSES, netBox.ipAddressWithAddress(spec.address()),
                    () -> netBox.createIpAddress(new NewIpAddress(spec.address(), "active", spec.role(),
                            spec.dnsName(), spec.description(), interfaceId)),
                    IpAddress::id);
        }

        private void primaryIps(Device device, Long wanted4, Long wanted6) {
            Long set4 = differs(device.primaryIp4(), wanted4) ? wanted4 : null;
            Long set6 = differs(device.primaryIp6(), wanted6) ? wanted6 : null;
            int wanted = (wanted4 == null ? 0 : 1) + (wanted6 == null ? 0 : 1);
            int changed = (set4 == null ? 0 : 1) + (set6 == null ? 0 : 1);
            count(Item.PRIMARY_IPS, changed, wanted - changed);
            if (changed > 0) {
                netBox.updatePrimaryIps(device.id(), set4, set6);
            }
        }

        private static boolean differs(IpAddressRef current, Long wanted) {
            return wanted != null && (current == null || current.id() != wanted);
        }

        private <T> long getOrCreate(Item item, Optional<T> existing, Supplier<T> create, Function<T, Long> id) {
            count(item, existing.isEmpty() ? 1 : 0, existing.isPresent() ? 1 : 0);
            return id.apply(existing.orElseGet(create));
        }

        private void count(Item item, int created, int found) {
            counts.merge(item, new Count(created, found),
                    (before, more) -> new Count(before.created() + more.created(), before.found() + more.found()));
        }

        private static long resolve(Map<String, Long> ids, String key, String what) {
            Long id = ids.get(key);
            if (id == null) {
                throw new IllegalArgumentException("the topology names " + what + " '" + key + "' but does not define it");
            }
            return id;
        }
    }
}
