package org.netorch.netboxsim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The counters NetBox annotates objects with (a site's devices, a device's interfaces, ...), tallied in one walk
 * over the store per response instead of one walk per rendered object. Lives inside one store read.
 */
final class RelatedCounts {

    private enum Link {
        SITE_OF_DEVICE(Kind.DEVICE, object -> ((Device) object).siteId),
        ROLE_OF_DEVICE(Kind.DEVICE, object -> ((Device) object).roleId),
        TYPE_OF_DEVICE(Kind.DEVICE, object -> ((Device) object).deviceTypeId),
        MANUFACTURER_OF_TYPE(Kind.DEVICE_TYPE, object -> ((DeviceType) object).manufacturerId),
        DEVICE_OF_INTERFACE(Kind.INTERFACE, object -> ((Interface) object).deviceId),
        INTERFACE_OF_IP(Kind.IP_ADDRESS, object -> ((IpAddress) object).interfaceId),
        GROUP_OF_VLAN(Kind.VLAN, object -> ((Vlan) object).groupId);

        final Kind kind;
        final Function<SimObject, Long> target;

        Link(Kind kind, Function<SimObject, Long> target) {
            this.kind = kind;
            this.target = target;
        }
    }

    private final SimulatorStore store;
    private final Map<Link, Map<Long, Long>> tallies = new EnumMap<>(Link.class);

    RelatedCounts(SimulatorStore store) {
        this.store = store;
    }

    long devicesAt(long siteId) {
        return count(Link.SITE_OF_DEVICE, siteId);
    }

    long devicesWithRole(long roleId) {
        return count(Link.ROLE_OF_DEVICE, roleId);
    }

    long devicesOfType(long deviceTypeId) {
        return count(Link.TYPE_OF_DEVICE, deviceTypeId);
    }

    long deviceTypesBy(long manufacturerId) {
        return count(Link.MANUFACTURER_OF_TYPE, manufacturerId);
    }

    long interfacesOf(long deviceId) {
        return count(Link.DEVICE_OF_INTERFACE, deviceId);
    }

    long ipAddressesOn(long interfaceId) {
        return count(Link.INTERFACE_OF_IP, interfaceId);
    }

    long vlansIn(long vlanGroupId) {
        return count(Link.GROUP_OF_VLAN, vlanGroupId);
    }

    private long count(Link link, long id) {
        return tallies.computeIfAbsent(link, this::tally).getOrDefault(id, 0L);
    }

    private Map<Long, Long> tally(Link link) {
        Map<Long, Long> counts = new HashMap<>();
        for (SimObject object : store.all(link.kind)) {
            Long target = link.target.apply(object);
            if (target != null) {
                counts.merge(target, 1L, Long::sum);
            }
        }
        return counts;
    }
}
