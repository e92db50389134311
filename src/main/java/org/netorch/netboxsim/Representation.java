package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders stored objects as NetBox 4.6 does: full objects in the serializers' field order, and the brief shapes that
 * appear both for {@code ?brief=true} and for related objects. Call it inside a store read.
 */
final class Representation {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final SimulatorStore store;
    private final String baseUrl;

    /** @param baseUrl what a client uses as NetBox's address, e.g. {@code http://localhost:8080/netbox} */
    Representation(SimulatorStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    ObjectNode full(Kind kind, SimObject object) {
        return switch (kind) {
            case SITE -> site((Site) object);
            case MANUFACTURER -> manufacturer((Manufacturer) object);
            case DEVICE_TYPE -> deviceType((DeviceType) object);
            case DEVICE_ROLE -> deviceRole((DeviceRole) object);
            case DEVICE -> device((Device) object);
            case INTERFACE -> iface((Interface) object);
            case CABLE -> cable((Cable) object);
            case IP_ADDRESS -> ipAddress((IpAddress) object);
            case PREFIX -> prefix((Prefix) object);
        };
    }

    ObjectNode brief(Kind kind, SimObject object) {
        return switch (kind) {
            case SITE -> briefSite((Site) object);
            case MANUFACTURER -> briefManufacturer((Manufacturer) object);
            case DEVICE_TYPE -> briefDeviceType((DeviceType) object).put("device_count", countDevices(object.id));
            case DEVICE_ROLE -> briefDeviceRole((DeviceRole) object, true);
            case DEVICE -> briefDevice((Device) object);
            case INTERFACE -> briefInterface((Interface) object);
            case CABLE -> briefCable((Cable) object);
            case IP_ADDRESS -> briefIp((IpAddress) object);
            case PREFIX -> briefPrefix((Prefix) object);
        };
    }

    String apiUrl(Kind kind, long id) {
        return baseUrl + "/api/" + kind.app + "/" + kind.path + "/" + id + "/";
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    static ObjectNode choice(Map<String, String> choices, String value) {
        return NODES.objectNode().put("value", value).put("label", choices.getOrDefault(value, value));
    }

    private ObjectNode start(Kind kind, SimObject object, String display) {
        ObjectNode node = NODES.objectNode();
        node.put("id", object.id);
        node.put("url", apiUrl(kind, object.id));
        node.put("display_url", baseUrl + "/" + kind.app + "/" + kind.path + "/" + object.id + "/");
        node.put("display", display);
        return node;
    }

    private ObjectNode startBrief(Kind kind, SimObject object, String display) {
        ObjectNode node = start(kind, object, display);
        node.remove("display_url");
        return node;
    }

    private static ObjectNode finish(ObjectNode node, SimObject object) {
        node.putArray("tags");
        node.putObject("custom_fields");
        node.put("created", timestamp(object.created));
        node.put("last_updated", timestamp(object.lastUpdated));
        return node;
    }

    private static ObjectNode nulls(ObjectNode node, String... names) {
        for (String name : names) {
            node.putNull(name);
        }
        return node;
    }

    private ObjectNode site(Site site) {
        ObjectNode node = start(Kind.SITE, site, site.name);
        node.put("name", site.name);
        node.put("slug", site.slug);
        node.set("status", choice(Choices.SITE_STATUS, site.status));
        nulls(node, "region", "group", "tenant");
        node.put("facility", "");
        nulls(node, "time_zone");
        node.put("description", site.description);
        node.put("physical_address", "");
        node.put("shipping_address", "");
        nulls(node, "latitude", "longitude", "owner");
        node.put("comments", site.comments);
        node.putArray("asns");
        finish(node, site);
        node.put("circuit_count", 0);
        node.put("device_count", store.<Device>all(Kind.DEVICE).stream().filter(d -> d.siteId == site.id).count());
        node.put("prefix_count", 0);
        node.put("rack_count", 0);
        node.put("virtualmachine_count", 0);
        node.put("vlan_count", 0);
        return node;
    }

    private ObjectNode briefSite(Site site) {
        ObjectNode node = startBrief(Kind.SITE, site, site.name);
        node.put("name", site.name);
        node.put("slug", site.slug);
        node.put("description", site.description);
        return node;
    }

    private ObjectNode manufacturer(Manufacturer manufacturer) {
        ObjectNode node = start(Kind.MANUFACTURER, manufacturer, manufacturer.name);
        node.put("name", manufacturer.name);
        node.put("slug", manufacturer.slug);
        node.put("description", manufacturer.description);
        node.putNull("owner");
        finish(node, manufacturer);
        node.put("devicetype_count", store.<DeviceType>all(Kind.DEVICE_TYPE).stream()
                .filter(type -> type.manufacturerId == manufacturer.id).count());
        node.put("inventoryitem_count", 0);
        node.put("platform_count", 0);
        return node;
    }

    private ObjectNode briefManufacturer(Manufacturer manufacturer) {
        ObjectNode node = startBrief(Kind.MANUFACTURER, manufacturer, manufacturer.name);
        node.put("name", manufacturer.name);
        node.put("slug", manufacturer.slug);
        node.put("description", manufacturer.description);
        return node;
    }

    private String deviceTypeDisplay(DeviceType type) {
        return store.<Manufacturer>find(Kind.MANUFACTURER, type.manufacturerId)
                .map(m -> m.name + " " + type.model).orElse(type.model);
    }

    private ObjectNode deviceType(DeviceType type) {
        ObjectNode node = start(Kind.DEVICE_TYPE, type, deviceTypeDisplay(type));
        node.set("manufacturer", related(Kind.MANUFACTURER, type.manufacturerId));
        node.putNull("default_platform");
        node.put("model", type.model);
        node.put("slug", type.slug);
        node.put("part_number", "");
        node.put("u_height", type.uHeight);
        node.put("exclude_from_utilization", false);
        node.put("is_full_depth", true);
        nulls(node, "subdevice_role", "airflow", "weight", "weight_unit", "front_image", "rear_image");
        node.put("description", type.description);
        node.putNull("owner");
        node.put("comments", type.comments);
        finish(node, type);
        node.put("device_count", countDevices(type.id));
        for (String template : List.of("console_port_template_count", "console_server_port_template_count",
                "power_port_template_count", "power_outlet_template_count", "interface_template_count",
                "front_port_template_count", "rear_port_template_count", "device_bay_template_count",
                "module_bay_template_count", "inventory_item_template_count")) {
            node.put(template, 0);
        }
        return node;
    }

    private long countDevices(long deviceTypeId) {
        return store.<Device>all(Kind.DEVICE).stream().filter(d -> d.deviceTypeId == deviceTypeId).count();
    }

    private ObjectNode briefDeviceType(DeviceType type) {
        ObjectNode node = startBrief(Kind.DEVICE_TYPE, type, deviceTypeDisplay(type));
        node.set("manufacturer", related(Kind.MANUFACTURER, type.manufacturerId));
        node.put("model", type.model);
        node.put("slug", type.slug);
        node.put("description", type.description);
        return node;
    }

    private ObjectNode deviceRole(DeviceRole role) {
        ObjectNode node = start(Kind.DEVICE_ROLE, role, role.name);
        node.put("name", role.name);
        node.put("slug", role.slug);
        node.put("color", role.color);
        node.put("vm_role", true);
        nulls(node, "config_template", "parent");
        node.put("description", role.description);
        node.putNull("owner");
        node.put("comments", "");
        finish(node, role);
        node.put("device_count", store.<Device>all(Kind.DEVICE).stream().filter(d -> d.roleId == role.id).count());
        node.put("virtualmachine_count", 0);
        node.put("_depth", 0);
        return node;
    }

    // nested roles carry no annotation counts (NetBox 4.6.x); ?brief=true on the role list does
    private ObjectNode briefDeviceRole(DeviceRole role, boolean withCounts) {
        ObjectNode node = startBrief(Kind.DEVICE_ROLE, role, role.name);
        node.put("name", role.name);
        node.put("slug", role.slug);
        node.put("description", role.description);
        if (withCounts) {
            node.put("device_count", store.<Device>all(Kind.DEVICE).stream().filter(d -> d.roleId == role.id).count());
            node.put("virtualmachine_count", 0);
        }
        node.put("_depth", 0);
        return node;
    }

    private ObjectNode device(Device device) {
        ObjectNode node = start(Kind.DEVICE, device, deviceDisplay(device));
        node.put("name", device.name);
        node.set("device_type", store.<DeviceType>find(Kind.DEVICE_TYPE, device.deviceTypeId)
                .<JsonNode>map(this::briefDeviceType).orElse(NullNode.getInstance()));
        node.set("role", store.<DeviceRole>find(Kind.DEVICE_ROLE, device.roleId)
                .<JsonNode>map(role -> briefDeviceRole(role, false)).orElse(NullNode.getInstance()));
        nulls(node, "tenant", "platform");
        node.put("serial", device.serial);
        node.put("asset_tag", device.assetTag);
        node.set("site", related(Kind.SITE, device.siteId));
        nulls(node, "location", "rack", "position", "face", "latitude", "longitude", "parent_device");
        node.set("status", choice(Choices.DEVICE_STATUS, device.status));
        node.putNull("airflow");
        Long primary = device.primaryIp6Id != null ? device.primaryIp6Id : device.primaryIp4Id;
        node.set("primary_ip", primaryIp(primary));
        node.set("primary_ip4", primaryIp(device.primaryIp4Id));
        node.set("primary_ip6", primaryIp(device.primaryIp6Id));
        nulls(node, "oob_ip", "cluster", "virtual_chassis", "vc_position", "vc_priority");
        node.put("description", device.description);
        node.putNull("owner");
        node.put("comments", device.comments);
        node.putNull("config_template");
        node.putObject("config_context");
        node.putNull("local_context_data");
        finish(node, device);
        long interfaces = store.<Interface>all(Kind.INTERFACE).stream().filter(i -> i.deviceId == device.id).count();
        for (String counter : List.of("console_port_count", "console_server_port_count", "power_port_count",
                "power_outlet_count", "interface_count", "front_port_count", "rear_port_count", "device_bay_count",
                "module_bay_count", "inventory_item_count")) {
            node.put(counter, counter.equals("interface_count") ? interfaces : 0);
        }
        return node;
    }

    private String deviceDisplay(Device device) {
        if (device.name == null || device.name.isEmpty()) {
            DeviceType type = store.<DeviceType>find(Kind.DEVICE_TYPE, device.deviceTypeId).orElse(null);
            return (type == null ? "Device" : deviceTypeDisplay(type)) + " (" + device.id + ")";
        }
        return device.assetTag == null || device.assetTag.isEmpty()
                ? device.name : device.name + " (" + device.assetTag + ")";
    }

    private JsonNode primaryIp(Long ipId) {
        return store.<IpAddress>find(Kind.IP_ADDRESS, ipId).<JsonNode>map(ip -> {
            ObjectNode node = briefIp(ip);
            node.put("dns_name", ip.dnsName);
            node.putNull("nat_inside");
            node.putArray("nat_outside");
            return node;
        }).orElse(NullNode.getInstance());
    }

    private ObjectNode briefDevice(Device device) {
        ObjectNode node = startBrief(Kind.DEVICE, device, deviceDisplay(device));
        node.put("name", device.name);
        node.put("description", device.description);
        return node;
    }

    private ObjectNode iface(Interface iface) {
        ObjectNode node = start(Kind.INTERFACE, iface, iface.name);
        node.set("device", related(Kind.DEVICE, iface.deviceId));
        node.putArray("vdcs");
        node.putNull("module");
        node.put("name", iface.name);
        node.put("label", iface.label);
        node.set("type", choice(Choices.INTERFACE_TYPE, iface.type));
        node.put("enabled", iface.enabled);
        nulls(node, "parent", "bridge");
        node.putArray("bridge_interfaces");
        nulls(node, "lag");
        node.put("mtu", iface.mtu);
        nulls(node, "mac_address", "primary_mac_address");
        node.putArray("mac_addresses");
        node.put("speed", iface.speed);
        nulls(node, "duplex", "wwn");
        node.put("mgmt_only", iface.mgmtOnly);
        node.put("description", iface.description);
        nulls(node, "mode", "rf_role", "rf_channel", "poe_mode", "poe_type", "rf_channel_frequency",
                "rf_channel_width", "tx_power", "untagged_vlan");
        node.putArray("tagged_vlans");
        nulls(node, "qinq_svlan", "vlan_translation_policy");
        node.put("mark_connected", iface.markConnected);
        node.set("cable", related(Kind.CABLE, iface.cableId));
        node.put("cable_end", iface.cableEnd);
        node.putNull("wireless_link");
        Cable cable = store.<Cable>find(Kind.CABLE, iface.cableId).orElse(null);
        ArrayNode peers = node.putArray("link_peers");
        if (cable != null) {
            List<Long> far = "A".equals(iface.cableEnd) ? cable.bInterfaceIds : cable.aInterfaceIds;
            far.forEach(peerId -> peers.add(related(Kind.INTERFACE, peerId)));
            node.put("link_peers_type", Kind.INTERFACE.objectType());
        } else {
            node.putNull("link_peers_type");
        }
        node.putArray("wireless_lans");
        nulls(node, "vrf", "l2vpn_termination");
        if (cable != null) {
            node.set("connected_endpoints", peers.deepCopy());
            node.put("connected_endpoints_type", Kind.INTERFACE.objectType());
            node.put("connected_endpoints_reachable", "connected".equals(cable.status));
        } else {
            nulls(node, "connected_endpoints", "connected_endpoints_type", "connected_endpoints_reachable");
        }
        node.putNull("owner");
        finish(node, iface);
        node.put("count_ipaddresses", store.<IpAddress>all(Kind.IP_ADDRESS).stream()
                .filter(ip -> Objects.equals(ip.interfaceId, iface.id)).count());
        node.put("count_fhrp_groups", 0);
        node.put("_occupied", iface.isOccupied());
        return node;
    }

    private ObjectNode briefInterface(Interface iface) {
        ObjectNode node = startBrief(Kind.INTERFACE, iface, iface.name);
        node.set("device", related(Kind.DEVICE, iface.deviceId));
        node.put("name", iface.name);
        node.put("description", iface.description);
        node.set("cable", related(Kind.CABLE, iface.cableId));
        node.put("_occupied", iface.isOccupied());
        return node;
    }

    private static String cableDisplay(Cable cable) {
        return cable.label == null || cable.label.isEmpty() ? "#" + cable.id : cable.label;
    }

    private ObjectNode cable(Cable cable) {
        ObjectNode node = start(Kind.CABLE, cable, cableDisplay(cable));
        node.put("type", cable.type);
        node.set("a_terminations", terminations(cable.aInterfaceIds));
        node.set("b_terminations", terminations(cable.bInterfaceIds));
        node.set("status", choice(Choices.CABLE_STATUS, cable.status));
        nulls(node, "profile", "tenant", "bundle");
        node.put("label", cable.label);
        node.put("color", cable.color);
        node.put("length", cable.length);
        node.set("length_unit", cable.lengthUnit == null
                ? NullNode.getInstance() : choice(Choices.CABLE_LENGTH_UNIT, cable.lengthUnit));
        node.put("description", cable.description);
        node.putNull("owner");
        node.put("comments", cable.comments);
        return finish(node, cable);
    }

    private ArrayNode terminations(List<Long> interfaceIds) {
        ArrayNode list = NODES.arrayNode();
        for (Long interfaceId : interfaceIds) {
            ObjectNode termination = list.addObject();
            termination.put("object_type", Kind.INTERFACE.objectType());
            termination.put("object_id", interfaceId);
            termination.set("object", related(Kind.INTERFACE, interfaceId));
        }
        return list;
    }

    private ObjectNode briefCable(Cable cable) {
        ObjectNode node = startBrief(Kind.CABLE, cable, cableDisplay(cable));
        node.put("label", cable.label);
        node.put("description", cable.description);
        return node;
    }

    private static ObjectNode family(int version) {
        return NODES.objectNode().put("value", version).put("label", "IPv" + version);
    }

    private ObjectNode ipAddress(IpAddress ip) {
        ObjectNode node = start(Kind.IP_ADDRESS, ip, ip.address);
        node.set("family", family(ip.network().version()));
        node.put("address", ip.address);
        nulls(node, "vrf", "tenant");
        node.set("status", choice(Choices.IP_STATUS, ip.status));
        node.set("role", ip.role == null ? NullNode.getInstance() : choice(Choices.IP_ROLE, ip.role));
        if (ip.interfaceId != null) {
            node.put("assigned_object_type", Kind.INTERFACE.objectType());
            node.put("assigned_object_id", ip.interfaceId);
        } else {
            nulls(node, "assigned_object_type", "assigned_object_id");
        }
        node.set("assigned_object", related(Kind.INTERFACE, ip.interfaceId));
        node.putNull("nat_inside");
        node.putArray("nat_outside");
        node.put("dns_name", ip.dnsName);
        node.put("description", ip.description);
        node.putNull("owner");
        node.put("comments", ip.comments);
        return finish(node, ip);
    }

    private ObjectNode briefIp(IpAddress ip) {
        ObjectNode node = startBrief(Kind.IP_ADDRESS, ip, ip.address);
        node.set("family", family(ip.network().version()));
        node.put("address", ip.address);
        node.put("description", ip.description);
        return node;
    }

    private ObjectNode prefix(Prefix prefix) {
        ObjectNode node = start(Kind.PREFIX, prefix, prefix.prefix);
        IpNetwork network = prefix.network();
        node.set("family", family(network.version()));
        node.put("prefix", prefix.prefix);
        nulls(node, "vrf", "scope_type", "scope_id", "scope", "tenant", "vlan");
        node.set("status", choice(Choices.PREFIX_STATUS, prefix.status));
        node.putNull("role");
        node.put("is_pool", prefix.isPool);
        node.put("mark_utilized", prefix.markUtilized);
        node.put("description", prefix.description);
        node.putNull("owner");
        node.put("comments", prefix.comments);
        finish(node, prefix);
        node.put("children", store.<Prefix>all(Kind.PREFIX).stream()
                .filter(other -> network.strictlyCovers(other.network())).count());
        node.put("_depth", depth(network));
        return node;
    }

    private long depth(IpNetwork network) {
        return store.<Prefix>all(Kind.PREFIX).stream().filter(other -> other.network().strictlyCovers(network)).count();
    }

    private ObjectNode briefPrefix(Prefix prefix) {
        ObjectNode node = startBrief(Kind.PREFIX, prefix, prefix.prefix);
        node.set("family", family(prefix.network().version()));
        node.put("prefix", prefix.prefix);
        node.put("description", prefix.description);
        node.put("_depth", depth(prefix.network()));
        return node;
    }

    private JsonNode related(Kind kind, Long id) {
        return store.find(kind, id).<JsonNode>map(object -> kind == Kind.DEVICE_ROLE
                ? briefDeviceRole((DeviceRole) object, false)
                : kind == Kind.DEVICE_TYPE ? briefDeviceType((DeviceType) object) : brief(kind, object))
                .orElse(NullNode.getInstance());
    }
}
