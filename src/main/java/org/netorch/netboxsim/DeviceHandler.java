package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

class DeviceHandler extends ObjectHandler<Device> {

    private final InterfaceHandler interfaces;

    DeviceHandler(SimulatorStore store, InterfaceHandler interfaces) {
        super(Kind.DEVICE, store);
        this.interfaces = interfaces;
    }

    @Override
    Predicate<Device> filter(ListQuery query) {
        return query.<Device>numbers("id", device -> device.id)
                .and(query.choice("status", Choices.DEVICE_STATUS, device -> device.status))
                .and(query.exactIgnoringCase("name", device -> device.name))
                .and(query.related("site", Kind.SITE, (Site site) -> site.slug, device -> device.siteId))
                .and(query.relatedId("site_id", Kind.SITE, device -> device.siteId))
                .and(query.related("role", Kind.DEVICE_ROLE, (DeviceRole role) -> role.slug, device -> device.roleId))
                .and(query.relatedId("role_id", Kind.DEVICE_ROLE, device -> device.roleId))
                .and(query.relatedId("device_type_id", Kind.DEVICE_TYPE, device -> device.deviceTypeId));
    }

    @Override
    Comparator<Device> order() {
        return Comparator.comparing((Device device) -> device.name, Comparator.nullsLast(NaturalOrder.INSTANCE))
                .thenComparingLong(device -> device.id);
    }

    @Override
    Device create(FieldReader fields) {
        Device device = new Device();
        device.deviceTypeId = fields.requiredReference("device_type", Kind.DEVICE_TYPE);
        device.roleId = fields.requiredReference("role", Kind.DEVICE_ROLE);
        device.siteId = fields.requiredReference("site", Kind.SITE);
        device.name = nameOf(fields.text("name", null));
        apply(device, fields);
        return store.insert(kind, device);
    }

    @Override
    void update(Device device, FieldReader fields) {
        device.deviceTypeId = notNull(fields, "device_type", fields.reference("device_type", Kind.DEVICE_TYPE,
                device.deviceTypeId), device.deviceTypeId);
        device.roleId = notNull(fields, "role", fields.reference("role", Kind.DEVICE_ROLE, device.roleId),
                device.roleId);
        device.siteId = notNull(fields, "site", fields.reference("site", Kind.SITE, device.siteId), device.siteId);
        device.name = nameOf(fields.text("name", device.name));
        apply(device, fields);
        store.update(kind, device);
    }

    private static String nameOf(String name) {
        return name == null || name.isEmpty() ? null : name;
    }

    private static long notNull(FieldReader fields, String name, Long value, long current) {
        if (value == null) {
            fields.error(name, "This field may not be null.");
            return current;
        }
        return value;
    }

    private void apply(Device device, FieldReader fields) {
        device.status = fields.choice("status", Choices.DEVICE_STATUS, device.status);
        device.serial = fields.text("serial", device.serial);
        device.description = fields.text("description", device.description);
        device.comments = fields.text("comments", device.comments);
        if (fields.has("asset_tag")) {
            String tag = fields.text("asset_tag", null);
            device.assetTag = tag == null || tag.isEmpty() ? null : tag;
        }
        device.primaryIp4Id = primaryIp(fields, device, "primary_ip4", 4, device.primaryIp4Id);
        device.primaryIp6Id = primaryIp(fields, device, "primary_ip6", 6, device.primaryIp6Id);
        boolean nameTaken = device.name != null && store.<Device>all(kind).stream().anyMatch(other ->
                other.id != device.id && other.siteId == device.siteId && device.name.equalsIgnoreCase(other.name));
        if (nameTaken) {
            fields.error("__all__", "Device name must be unique per site.");
        }
        fields.check();
    }

    private Long primaryIp(FieldReader fields, Device device, String name, int version, Long current) {
        Long ipId = fields.reference(name, Kind.IP_ADDRESS, current);
        if (ipId == null || Objects.equals(ipId, current)) {
            return ipId;
        }
        IpAddress ip = store.get(Kind.IP_ADDRESS, ipId);
        if (ip.network().version() != version) {
            fields.error(name, ip.address + " is not an IPv" + version + " address.");
        }
        boolean onThisDevice = store.<Interface>find(Kind.INTERFACE, ip.interfaceId)
                .map(iface -> iface.deviceId == device.id).orElse(false);
        if (!onThisDevice) {
            fields.error(name, "The specified IP address (" + ip.address + ") is not assigned to this device.");
        }
        return ipId;
    }

    /** Its interfaces go with it, and with them their IP addresses; cables stay, one end shorter. */
    @Override
    void delete(Device device) {
        store.<Interface>all(Kind.INTERFACE).stream()
                .filter(iface -> iface.deviceId == device.id)
                .toList()
                .forEach(interfaces::delete);
        super.delete(device);
    }
}
