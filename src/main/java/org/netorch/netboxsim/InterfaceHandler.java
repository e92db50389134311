package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

class InterfaceHandler extends ObjectHandler<Interface> {

    InterfaceHandler(SimulatorStore store) {
        super(Kind.INTERFACE, store);
    }

    @Override
    Predicate<Interface> filter(ListQuery query) {
        return query.<Interface>numbers("id", iface -> iface.id)
                .and(query.relatedId("device_id", Kind.DEVICE, iface -> iface.deviceId))
                .and(query.related("device", Kind.DEVICE, (Device device) -> device.name, iface -> iface.deviceId))
                .and(query.exact("name", iface -> iface.name))
                .and(query.choice("type", Choices.INTERFACE_TYPE, iface -> iface.type))
                .and(query.any("kind", InterfaceHandler::isOfKind))
                .and(query.numbers("speed", iface -> iface.speed))
                .and(query.numbers("cable_id", iface -> iface.cableId))
                .and(query.flag("cabled", iface -> iface.cableId != null))
                .and(query.flag("occupied", Interface::isOccupied))
                .and(query.flag("mark_connected", iface -> iface.markConnected))
                .and(query.flag("enabled", iface -> iface.enabled))
                .and(query.flag("mgmt_only", iface -> iface.mgmtOnly))
                .and(query.choice("mode", Choices.INTERFACE_MODE, iface -> iface.mode))
                .and(query.any("vlan_id", (iface, vlan) -> vlan.trim().equals(String.valueOf(iface.untaggedVlanId))
                        || iface.taggedVlanIds.stream().anyMatch(id -> vlan.trim().equals(String.valueOf(id)))));
    }

    private static boolean isOfKind(Interface iface, String kind) {
        return switch (kind.trim().toLowerCase()) {
            case "physical" -> !Interface.UNCABLEABLE_TYPES.contains(iface.type) && !Choices.isWireless(iface.type);
            case "virtual" -> Interface.UNCABLEABLE_TYPES.contains(iface.type);
            case "wireless" -> Choices.isWireless(iface.type);
            default -> false;
        };
    }

    @Override
    Comparator<Interface> order() {
        return Comparator.comparing((Interface iface) -> store.<Device>find(Kind.DEVICE, iface.deviceId)
                        .map(device -> device.name).orElse(""), Comparator.nullsLast(NaturalOrder.INSTANCE))
                .thenComparing(iface -> iface.name, NaturalOrder.INSTANCE)
                .thenComparingLong(iface -> iface.id);
    }

    @Override
    Interface create(FieldReader fields) {
        Interface iface = new Interface();
        iface.deviceId = fields.requiredReference("device", Kind.DEVICE);
        iface.name = fields.requiredText("name");
        if (!fields.has("type")) {
            fields.error("type", FieldReader.REQUIRED);
        }
        apply(iface, fields);
        return store.insert(kind, iface);
    }

    @Override
    void update(Interface iface, FieldReader fields) {
        if (fields.has("device")) {
            Long device = fields.reference("device", Kind.DEVICE, iface.deviceId);
            if (device == null) {
                fields.error("device", "This field may not be null.");
            } else {
                iface.deviceId = device;
            }
        }
        iface.name = fields.text("name", iface.name);
        apply(iface, fields);
        store.update(kind, iface);
    }

    private void apply(Interface iface, FieldReader fields) {
        iface.type = fields.choice("type", Choices.INTERFACE_TYPE, iface.type);
        iface.label = fields.text("label", iface.label);
        iface.enabled = fields.bool("enabled", iface.enabled);
        iface.mgmtOnly = fields.bool("mgmt_only", iface.mgmtOnly);
        iface.markConnected = fields.bool("mark_connected", iface.markConnected);
        iface.description = fields.text("description", iface.description);
        iface.speed = fields.integer("speed", iface.speed);
        Long mtu = fields.integer("mtu", iface.mtu == null ? null : iface.mtu.longValue());
        iface.mtu = mtu == null ? null : mtu.intValue();
        vlans(iface, fields);
        if (iface.markConnected && iface.cableId != null) {
            fields.error("mark_connected", "Cannot mark as connected with a cable attached.");
        }
        if (iface.cableId != null && iface.isVirtual()) {
            fields.error("type", "An interface with a cable attached cannot be virtual.");
        }
        boolean nameTaken = store.<Interface>all(kind).stream().anyMatch(other -> other.id != iface.id
                && other.deviceId == iface.deviceId && Objects.equals(other.name, iface.name));
        if (nameTaken) {
            fields.error("__all__", "Interface with this Device and Name already exists.");
        }
        fields.check();
    }

    // 802.1Q as NetBox's serializer checks it: the mode, untagged and tagged VLANs the interface ends up with must
    // fit together, so clearing the mode means clearing the VLANs in the same write
    private void vlans(Interface iface, FieldReader fields) {
        if (fields.has("mode")) {
            JsonNode mode = fields.raw("mode");
            iface.mode = mode.isNull() || mode.asText().isEmpty()
                    ? null : fields.choice("mode", Choices.INTERFACE_MODE, iface.mode);
        }
        iface.untaggedVlanId = fields.reference("untagged_vlan", Kind.VLAN, iface.untaggedVlanId);
        iface.taggedVlanIds = new ArrayList<>(fields.ids("tagged_vlans", Kind.VLAN, iface.taggedVlanIds));
        if (fields.has("qinq_svlan") && !fields.raw("qinq_svlan").isNull()) {
            fields.error("qinq_svlan", "The simulator does not model Q-in-Q service VLANs.");
        }
        if (iface.mode == null && iface.untaggedVlanId != null) {
            fields.error("untagged_vlan", "Interface mode does not support untagged vlan");
        }
        boolean taggedAllowed = "tagged".equals(iface.mode) || "q-in-q".equals(iface.mode);
        if (!taggedAllowed && !iface.taggedVlanIds.isEmpty()) {
            fields.error("tagged_vlans", "Interface mode does not support tagged vlans");
        }
        Long deviceSite = store.<Device>find(Kind.DEVICE, iface.deviceId).map(device -> device.siteId).orElse(null);
        store.<Vlan>find(Kind.VLAN, iface.untaggedVlanId)
                .filter(vlan -> vlan.siteId != null && !vlan.siteId.equals(deviceSite))
                .ifPresent(vlan -> fields.error("untagged_vlan", "The untagged VLAN (" + vlan.display()
                        + ") must belong to the same site as the interface's parent device, or it must be global."));
        iface.taggedVlanIds.stream()
                .map(id -> store.<Vlan>get(Kind.VLAN, id))
                .filter(vlan -> vlan.siteId != null && !vlan.siteId.equals(deviceSite))
                .findFirst()
                .ifPresent(vlan -> fields.error("tagged_vlans", "VLAN " + vlan.display() + " must belong to the same "
                        + "site as the interface's parent device, or it must be global."));
    }

    /** Detaches it from its cable and deletes its IP addresses and L2VPN termination, as NetBox cascades them. */
    @Override
    void delete(Interface iface) {
        store.<Cable>find(Kind.CABLE, iface.cableId).ifPresent(cable -> {
            cable.aInterfaceIds.remove(iface.id);
            cable.bInterfaceIds.remove(iface.id);
            store.update(Kind.CABLE, cable);
        });
        L2vpnTerminationHandler.deleteTerminationsOn(store, Kind.INTERFACE, iface.id);
        store.<IpAddress>all(Kind.IP_ADDRESS).stream()
                .filter(ip -> Objects.equals(ip.interfaceId, iface.id))
                .toList()
                .forEach(ip -> {
                    clearPrimary(ip);
                    store.delete(Kind.IP_ADDRESS, ip.id);
                });
        super.delete(iface);
    }

    void clearPrimary(IpAddress ip) {
        for (Device device : store.<Device>all(Kind.DEVICE)) {
            boolean changed = false;
            if (Objects.equals(device.primaryIp4Id, ip.id)) {
                device.primaryIp4Id = null;
                changed = true;
            }
            if (Objects.equals(device.primaryIp6Id, ip.id)) {
                device.primaryIp6Id = null;
                changed = true;
            }
            if (changed) {
                store.update(Kind.DEVICE, device);
            }
        }
    }
}
