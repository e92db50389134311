package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders stored objects as NetBox 4.6 does: full objects in the serializers' field order, and the brief shapes that
 * appear both for {@code ?brief=true} and for related objects. With a {@link FieldSelection} it renders only those
 * fields, in the same order. Call it inside a store read.
 */
final class Representation {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> DEVICE_COMPONENT_COUNTS = List.of("console_port_count",
            "console_server_port_count", "power_port_count", "power_outlet_count", "interface_count",
            "front_port_count", "rear_port_count", "device_bay_count", "module_bay_count", "inventory_item_count");
    private static final List<String> DEVICE_TYPE_TEMPLATE_COUNTS = List.of("console_port_template_count",
            "console_server_port_template_count", "power_port_template_count", "power_outlet_template_count",
            "interface_template_count", "front_port_template_count", "rear_port_template_count",
            "device_bay_template_count", "module_bay_template_count", "inventory_item_template_count");

    private final SimulatorStore store;
    private final String baseUrl;
    private final RelatedCounts counts;
    /** Terminations by what they are assigned to ({@code type:id}), gathered on first use. */
    private Map<String, L2vpnTermination> terminations;

    /** @param baseUrl what a client uses as NetBox's address, e.g. {@code http://localhost:8080/netbox} */
    Representation(SimulatorStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.counts = new RelatedCounts(store);
    }

    ObjectNode full(Kind kind, SimObject object) {
        return full(kind, object, FieldSelection.ALL);
    }

    ObjectNode full(Kind kind, SimObject object, FieldSelection fields) {
        FieldWriter rendered = switch (kind) {
            case SITE -> site((Site) object, fields);
            case MANUFACTURER -> manufacturer((Manufacturer) object, fields);
            case DEVICE_TYPE -> deviceType((DeviceType) object, fields);
            case DEVICE_ROLE -> deviceRole((DeviceRole) object, fields);
            case DEVICE -> device((Device) object, fields);
            case INTERFACE -> iface((Interface) object, fields);
            case CABLE -> cable((Cable) object, fields);
            case IP_ADDRESS -> ipAddress((IpAddress) object, fields);
            case PREFIX -> prefix((Prefix) object, fields);
            case VLAN_GROUP -> vlanGroup((VlanGroup) object, fields);
            case VLAN -> vlan((Vlan) object, fields);
            case L2VPN -> l2vpn((L2vpn) object, fields);
            case L2VPN_TERMINATION -> termination((L2vpnTermination) object, fields);
        };
        return rendered.node();
    }

    ObjectNode brief(Kind kind, SimObject object, FieldSelection fields) {
        FieldWriter rendered = switch (kind) {
            case SITE -> briefSite((Site) object, fields);
            case MANUFACTURER -> briefManufacturer((Manufacturer) object, fields);
            case DEVICE_TYPE -> briefDeviceType((DeviceType) object, fields)
                    .count("device_count", () -> counts.devicesOfType(object.id));
            case DEVICE_ROLE -> briefDeviceRole((DeviceRole) object, true, fields);
            case DEVICE -> briefDevice((Device) object, fields);
            case INTERFACE -> briefInterface((Interface) object, fields);
            case CABLE -> briefCable((Cable) object, fields);
            case IP_ADDRESS -> briefIp((IpAddress) object, fields);
            case PREFIX -> briefPrefix((Prefix) object, fields);
            case VLAN_GROUP -> briefVlanGroup((VlanGroup) object, true, fields);
            case VLAN -> briefVlan((Vlan) object, fields);
            case L2VPN -> briefL2vpn((L2vpn) object, fields);
            case L2VPN_TERMINATION -> briefTermination((L2vpnTermination) object, fields);
        };
        return rendered.node();
    }

    /** The object as it appears inside another: brief, without the counts a nested object never carries. */
    JsonNode nested(Kind kind, SimObject object) {
        return related(kind, object.id);
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

    private FieldWriter start(Kind kind, SimObject object, String display, FieldSelection fields) {
        return new FieldWriter(fields)
                .put("id", object.id)
                .put("url", apiUrl(kind, object.id))
                .put("display_url", baseUrl + "/" + kind.app + "/" + kind.path + "/" + object.id + "/")
                .put("display", display);
    }

    private FieldWriter startBrief(Kind kind, SimObject object, String display, FieldSelection fields) {
        return new FieldWriter(fields)
                .put("id", object.id)
                .put("url", apiUrl(kind, object.id))
                .put("display", display);
    }

    private static FieldWriter finish(FieldWriter node, SimObject object) {
        return node.emptyList("tags")
                .emptyObject("custom_fields")
                .put("created", timestamp(object.created))
                .put("last_updated", timestamp(object.lastUpdated));
    }

    private FieldWriter site(Site site, FieldSelection fields) {
        FieldWriter node = start(Kind.SITE, site, site.name, fields)
                .put("name", site.name)
                .put("slug", site.slug)
                .set("status", () -> choice(Choices.SITE_STATUS, site.status))
                .nulls("region", "group", "tenant")
                .put("facility", "")
                .nulls("time_zone")
                .put("description", site.description)
                .put("physical_address", "")
                .put("shipping_address", "")
                .nulls("latitude", "longitude", "owner")
                .put("comments", site.comments)
                .emptyList("asns");
        return finish(node, site)
                .put("circuit_count", 0)
                .count("device_count", () -> counts.devicesAt(site.id))
                .put("prefix_count", 0)
                .put("rack_count", 0)
                .put("virtualmachine_count", 0)
                .put("vlan_count", 0);
    }

    private FieldWriter briefSite(Site site, FieldSelection fields) {
        return startBrief(Kind.SITE, site, site.name, fields)
                .put("name", site.name)
                .put("slug", site.slug)
                .put("description", site.description);
    }

    private FieldWriter manufacturer(Manufacturer manufacturer, FieldSelection fields) {
        FieldWriter node = start(Kind.MANUFACTURER, manufacturer, manufacturer.name, fields)
                .put("name", manufacturer.name)
                .put("slug", manufacturer.slug)
                .put("description", manufacturer.description)
                .nulls("owner");
        return finish(node, manufacturer)
                .count("devicetype_count", () -> counts.deviceTypesBy(manufacturer.id))
                .put("inventoryitem_count", 0)
                .put("platform_count", 0);
    }

    private FieldWriter briefManufacturer(Manufacturer manufacturer, FieldSelection fields) {
        return startBrief(Kind.MANUFACTURER, manufacturer, manufacturer.name, fields)
                .put("name", manufacturer.name)
                .put("slug", manufacturer.slug)
                .put("description", manufacturer.description);
    }

    private String deviceTypeDisplay(DeviceType type) {
        return store.<Manufacturer>find(Kind.MANUFACTURER, type.manufacturerId)
                .map(m -> m.name + " " + type.model).orElse(type.model);
    }

    private FieldWriter deviceType(DeviceType type, FieldSelection fields) {
        FieldWriter node = start(Kind.DEVICE_TYPE, type, deviceTypeDisplay(type), fields)
                .set("manufacturer", () -> related(Kind.MANUFACTURER, type.manufacturerId))
                .nulls("default_platform")
                .put("model", type.model)
                .put("slug", type.slug)
                .put("part_number", "")
                .put("u_height", type.uHeight)
                .put("exclude_from_utilization", false)
                .put("is_full_depth", true)
                .nulls("subdevice_role", "airflow", "weight", "weight_unit", "front_image", "rear_image")
                .put("description", type.description)
                .nulls("owner")
                .put("comments", type.comments);
        finish(node, type).count("device_count", () -> counts.devicesOfType(type.id));
        DEVICE_TYPE_TEMPLATE_COUNTS.forEach(template -> node.put(template, 0));
        return node;
    }

    private FieldWriter briefDeviceType(DeviceType type, FieldSelection fields) {
        return startBrief(Kind.DEVICE_TYPE, type, deviceTypeDisplay(type), fields)
                .set("manufacturer", () -> related(Kind.MANUFACTURER, type.manufacturerId))
                .put("model", type.model)
                .put("slug", type.slug)
                .put("description", type.description);
    }

    private FieldWriter deviceRole(DeviceRole role, FieldSelection fields) {
        FieldWriter node = start(Kind.DEVICE_ROLE, role, role.name, fields)
                .put("name", role.name)
                .put("slug", role.slug)
                .put("color", role.color)
                .put("vm_role", true)
                .nulls("config_template", "parent")
                .put("description", role.description)
                .nulls("owner")
                .put("comments", "");
        return finish(node, role)
                .count("device_count", () -> counts.devicesWithRole(role.id))
                .put("virtualmachine_count", 0)
                .put("_depth", 0);
    }

    // nested roles carry no annotation counts (NetBox 4.6.x); ?brief=true on the role list does
    private FieldWriter briefDeviceRole(DeviceRole role, boolean withCounts, FieldSelection fields) {
        FieldWriter node = startBrief(Kind.DEVICE_ROLE, role, role.name, fields)
                .put("name", role.name)
                .put("slug", role.slug)
                .put("description", role.description);
        if (withCounts) {
            node.count("device_count", () -> counts.devicesWithRole(role.id)).put("virtualmachine_count", 0);
        }
        return node.put("_depth", 0);
    }

    private FieldWriter device(Device device, FieldSelection fields) {
        FieldWriter node = start(Kind.DEVICE, device, deviceDisplay(device), fields)
                .put("name", device.name)
                .set("device_type", () -> store.<DeviceType>find(Kind.DEVICE_TYPE, device.deviceTypeId)
                        .<JsonNode>map(type -> briefDeviceType(type, FieldSelection.ALL).node())
                        .orElse(NullNode.getInstance()))
                .set("role", () -> store.<DeviceRole>find(Kind.DEVICE_ROLE, device.roleId)
                        .<JsonNode>map(role -> briefDeviceRole(role, false, FieldSelection.ALL).node())
                        .orElse(NullNode.getInstance()))
                .nulls("tenant", "platform")
                .put("serial", device.serial)
                .put("asset_tag", device.assetTag)
                .set("site", () -> related(Kind.SITE, device.siteId))
                .nulls("location", "rack", "position", "face", "latitude", "longitude", "parent_device")
                .set("status", () -> choice(Choices.DEVICE_STATUS, device.status))
                .nulls("airflow")
                .set("primary_ip", () -> primaryIp(device.primaryIp6Id != null
                        ? device.primaryIp6Id : device.primaryIp4Id))
                .set("primary_ip4", () -> primaryIp(device.primaryIp4Id))
                .set("primary_ip6", () -> primaryIp(device.primaryIp6Id))
                .nulls("oob_ip", "cluster", "virtual_chassis", "vc_position", "vc_priority")
                .put("description", device.description)
                .nulls("owner")
                .put("comments", device.comments)
                .nulls("config_template")
                .emptyObject("config_context")
                .nulls("local_context_data");
        finish(node, device);
        for (String counter : DEVICE_COMPONENT_COUNTS) {
            node.count(counter, () -> counter.equals("interface_count") ? counts.interfacesOf(device.id) : 0);
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
        return store.<IpAddress>find(Kind.IP_ADDRESS, ipId).<JsonNode>map(ip -> briefIp(ip, FieldSelection.ALL)
                .put("dns_name", ip.dnsName)
                .nulls("nat_inside")
                .emptyList("nat_outside")
                .node()).orElse(NullNode.getInstance());
    }

    private FieldWriter briefDevice(Device device, FieldSelection fields) {
        return startBrief(Kind.DEVICE, device, deviceDisplay(device), fields)
                .put("name", device.name)
                .put("description", device.description);
    }

    private FieldWriter iface(Interface iface, FieldSelection fields) {
        Cable cable = store.<Cable>find(Kind.CABLE, iface.cableId).orElse(null);
        FieldWriter node = start(Kind.INTERFACE, iface, iface.name, fields)
                .set("device", () -> related(Kind.DEVICE, iface.deviceId))
                .emptyList("vdcs")
                .nulls("module")
                .put("name", iface.name)
                .put("label", iface.label)
                .set("type", () -> choice(Choices.INTERFACE_TYPE, iface.type))
                .put("enabled", iface.enabled)
                .nulls("parent", "bridge")
                .emptyList("bridge_interfaces")
                .nulls("lag")
                .put("mtu", iface.mtu)
                .nulls("mac_address", "primary_mac_address")
                .emptyList("mac_addresses")
                .put("speed", iface.speed)
                .nulls("duplex", "wwn")
                .put("mgmt_only", iface.mgmtOnly)
                .put("description", iface.description)
                .set("mode", () -> iface.mode == null
                        ? NullNode.getInstance() : choice(Choices.INTERFACE_MODE, iface.mode))
                .nulls("rf_role", "rf_channel", "poe_mode", "poe_type", "rf_channel_frequency",
                        "rf_channel_width", "tx_power")
                .set("untagged_vlan", () -> related(Kind.VLAN, iface.untaggedVlanId))
                .set("tagged_vlans", () -> taggedVlans(iface))
                .nulls("qinq_svlan", "vlan_translation_policy")
                .put("mark_connected", iface.markConnected)
                .set("cable", () -> related(Kind.CABLE, iface.cableId))
                .put("cable_end", iface.cableEnd)
                .nulls("wireless_link")
                .set("link_peers", () -> linkPeers(iface, cable));
        if (cable != null) {
            node.put("link_peers_type", Kind.INTERFACE.objectType());
        } else {
            node.nulls("link_peers_type");
        }
        node.emptyList("wireless_lans").nulls("vrf")
                .set("l2vpn_termination", () -> terminationOf(Kind.INTERFACE, iface.id));
        if (cable != null) {
            node.set("connected_endpoints", () -> linkPeers(iface, cable))
                    .put("connected_endpoints_type", Kind.INTERFACE.objectType())
                    .put("connected_endpoints_reachable", "connected".equals(cable.status));
        } else {
            node.nulls("connected_endpoints", "connected_endpoints_type", "connected_endpoints_reachable");
        }
        node.nulls("owner");
        return finish(node, iface)
                .count("count_ipaddresses", () -> counts.ipAddressesOn(iface.id))
                .put("count_fhrp_groups", 0)
                .put("_occupied", iface.isOccupied());
    }

    // in the VLANs' own order, as NetBox lists a many-to-many field
    private ArrayNode taggedVlans(Interface iface) {
        ArrayNode vlans = NODES.arrayNode();
        iface.taggedVlanIds.stream()
                .map(id -> store.<Vlan>find(Kind.VLAN, id))
                .flatMap(Optional::stream)
                .sorted(VlanHandler.order(store))
                .forEach(vlan -> vlans.add(briefVlan(vlan, FieldSelection.ALL).node()));
        return vlans;
    }

    private ArrayNode linkPeers(Interface iface, Cable cable) {
        ArrayNode peers = NODES.arrayNode();
        if (cable != null) {
            List<Long> far = "A".equals(iface.cableEnd) ? cable.bInterfaceIds : cable.aInterfaceIds;
            far.forEach(peerId -> peers.add(related(Kind.INTERFACE, peerId)));
        }
        return peers;
    }

    private FieldWriter briefInterface(Interface iface, FieldSelection fields) {
        return startBrief(Kind.INTERFACE, iface, iface.name, fields)
                .set("device", () -> related(Kind.DEVICE, iface.deviceId))
                .put("name", iface.name)
                .put("description", iface.description)
                .set("cable", () -> related(Kind.CABLE, iface.cableId))
                .put("_occupied", iface.isOccupied());
    }

    private static String cableDisplay(Cable cable) {
        return cable.label == null || cable.label.isEmpty() ? "#" + cable.id : cable.label;
    }

    private FieldWriter cable(Cable cable, FieldSelection fields) {
        FieldWriter node = start(Kind.CABLE, cable, cableDisplay(cable), fields)
                .put("type", cable.type)
                .set("a_terminations", () -> terminations(cable.aInterfaceIds))
                .set("b_terminations", () -> terminations(cable.bInterfaceIds))
                .set("status", () -> choice(Choices.CABLE_STATUS, cable.status))
                .nulls("profile", "tenant", "bundle")
                .put("label", cable.label)
                .put("color", cable.color)
                .put("length", cable.length)
                .set("length_unit", () -> cable.lengthUnit == null
                        ? NullNode.getInstance() : choice(Choices.CABLE_LENGTH_UNIT, cable.lengthUnit))
                .put("description", cable.description)
                .nulls("owner")
                .put("comments", cable.comments);
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

    private FieldWriter briefCable(Cable cable, FieldSelection fields) {
        return startBrief(Kind.CABLE, cable, cableDisplay(cable), fields)
                .put("label", cable.label)
                .put("description", cable.description);
    }

    private static ObjectNode family(int version) {
        return NODES.objectNode().put("value", version).put("label", "IPv" + version);
    }

    private FieldWriter ipAddress(IpAddress ip, FieldSelection fields) {
        FieldWriter node = start(Kind.IP_ADDRESS, ip, ip.address, fields)
                .set("family", () -> family(ip.network().version()))
                .put("address", ip.address)
                .nulls("vrf", "tenant")
                .set("status", () -> choice(Choices.IP_STATUS, ip.status))
                .set("role", () -> ip.role == null ? NullNode.getInstance() : choice(Choices.IP_ROLE, ip.role));
        if (ip.interfaceId != null) {
            node.put("assigned_object_type", Kind.INTERFACE.objectType()).put("assigned_object_id", ip.interfaceId);
        } else {
            node.nulls("assigned_object_type", "assigned_object_id");
        }
        node.set("assigned_object", () -> related(Kind.INTERFACE, ip.interfaceId))
                .nulls("nat_inside")
                .emptyList("nat_outside")
                .put("dns_name", ip.dnsName)
                .put("description", ip.description)
                .nulls("owner")
                .put("comments", ip.comments);
        return finish(node, ip);
    }

    private FieldWriter briefIp(IpAddress ip, FieldSelection fields) {
        return startBrief(Kind.IP_ADDRESS, ip, ip.address, fields)
                .set("family", () -> family(ip.network().version()))
                .put("address", ip.address)
                .put("description", ip.description);
    }

    private FieldWriter prefix(Prefix prefix, FieldSelection fields) {
        IpNetwork network = prefix.network();
        FieldWriter node = start(Kind.PREFIX, prefix, prefix.prefix, fields)
                .set("family", () -> family(network.version()))
                .put("prefix", prefix.prefix)
                .nulls("vrf", "scope_type", "scope_id", "scope", "tenant", "vlan")
                .set("status", () -> choice(Choices.PREFIX_STATUS, prefix.status))
                .nulls("role")
                .put("is_pool", prefix.isPool)
                .put("mark_utilized", prefix.markUtilized)
                .put("description", prefix.description)
                .nulls("owner")
                .put("comments", prefix.comments);
        return finish(node, prefix)
                .count("children", () -> store.<Prefix>all(Kind.PREFIX).stream()
                        .filter(other -> network.strictlyCovers(other.network())).count())
                .count("_depth", () -> depth(network));
    }

    private long depth(IpNetwork network) {
        return store.<Prefix>all(Kind.PREFIX).stream().filter(other -> other.network().strictlyCovers(network)).count();
    }

    private FieldWriter briefPrefix(Prefix prefix, FieldSelection fields) {
        return startBrief(Kind.PREFIX, prefix, prefix.prefix, fields)
                .set("family", () -> family(prefix.network().version()))
                .put("prefix", prefix.prefix)
                .put("description", prefix.description)
                .count("_depth", () -> depth(prefix.network()));
    }

    private FieldWriter vlanGroup(VlanGroup group, FieldSelection fields) {
        FieldWriter node = start(Kind.VLAN_GROUP, group, group.name, fields)
                .put("name", group.name)
                .put("slug", group.slug)
                .nulls("scope_type", "scope_id", "scope")
                .set("vid_ranges", () -> {
                    ArrayNode ranges = NODES.arrayNode();
                    group.vidRanges.forEach(range -> ranges.addArray().add(range[0]).add(range[1]));
                    return ranges;
                })
                .count("total_vlan_ids", group::totalVlanIds)
                .nulls("tenant")
                .put("description", group.description)
                .nulls("owner")
                .put("comments", group.comments);
        return finish(node, group)
                .count("vlan_count", () -> counts.vlansIn(group.id))
                .set("utilization", () -> utilization(counts.vlansIn(group.id), group.totalVlanIds()));
    }

    // the share of the group's VIDs in use, in percent with two decimals, as the database rounds it
    private static JsonNode utilization(long used, long total) {
        if (total == 0) {
            return NullNode.getInstance();
        }
        return TextNode.valueOf(BigDecimal.valueOf(used * 100L).divide(BigDecimal.valueOf(total), 2,
                RoundingMode.HALF_UP).toPlainString());
    }

    // nested groups carry no annotation counts; ?brief=true on the group list does
    private FieldWriter briefVlanGroup(VlanGroup group, boolean withCounts, FieldSelection fields) {
        FieldWriter node = startBrief(Kind.VLAN_GROUP, group, group.name, fields)
                .put("name", group.name)
                .put("slug", group.slug)
                .put("description", group.description);
        return withCounts ? node.count("vlan_count", () -> counts.vlansIn(group.id)) : node;
    }

    private FieldWriter vlan(Vlan vlan, FieldSelection fields) {
        FieldWriter node = start(Kind.VLAN, vlan, vlan.display(), fields)
                .set("site", () -> related(Kind.SITE, vlan.siteId))
                .set("group", () -> related(Kind.VLAN_GROUP, vlan.groupId))
                .put("vid", vlan.vid)
                .put("name", vlan.name)
                .nulls("tenant")
                .set("status", () -> choice(Choices.VLAN_STATUS, vlan.status))
                .nulls("role")
                .put("description", vlan.description)
                .nulls("qinq_role", "qinq_svlan", "owner")
                .put("comments", vlan.comments)
                .set("l2vpn_termination", () -> terminationOf(Kind.VLAN, vlan.id));
        return finish(node, vlan).put("prefix_count", 0);
    }

    private FieldWriter briefVlan(Vlan vlan, FieldSelection fields) {
        return startBrief(Kind.VLAN, vlan, vlan.display(), fields)
                .put("vid", vlan.vid)
                .put("name", vlan.name)
                .put("description", vlan.description);
    }

    private FieldWriter l2vpn(L2vpn l2vpn, FieldSelection fields) {
        FieldWriter node = start(Kind.L2VPN, l2vpn, l2vpn.display(), fields)
                .put("identifier", l2vpn.identifier)
                .put("name", l2vpn.name)
                .put("slug", l2vpn.slug)
                .set("type", () -> choice(Choices.L2VPN_TYPE, l2vpn.type))
                .set("status", () -> choice(Choices.L2VPN_STATUS, l2vpn.status))
                .emptyList("import_targets")
                .emptyList("export_targets")
                .put("description", l2vpn.description)
                .nulls("owner")
                .put("comments", l2vpn.comments)
                .nulls("tenant");
        return finish(node, l2vpn);
    }

    private FieldWriter briefL2vpn(L2vpn l2vpn, FieldSelection fields) {
        return startBrief(Kind.L2VPN, l2vpn, l2vpn.display(), fields)
                .put("identifier", l2vpn.identifier)
                .put("name", l2vpn.name)
                .put("slug", l2vpn.slug)
                .set("type", () -> choice(Choices.L2VPN_TYPE, l2vpn.type))
                .put("description", l2vpn.description);
    }

    private String terminationDisplay(L2vpnTermination termination) {
        return L2vpnTerminationHandler.assignedDisplay(store, termination) + " <> " + store.<L2vpn>find(Kind.L2VPN,
                termination.l2vpnId).map(L2vpn::display).orElse("");
    }

    // a termination has no owner, comments or description: it is a NetBoxModel, not a PrimaryModel
    private FieldWriter termination(L2vpnTermination termination, FieldSelection fields) {
        FieldWriter node = start(Kind.L2VPN_TERMINATION, termination, terminationDisplay(termination), fields)
                .set("l2vpn", () -> related(Kind.L2VPN, termination.l2vpnId))
                .put("assigned_object_type", termination.assignedObjectType)
                .put("assigned_object_id", termination.assignedObjectId)
                .set("assigned_object", () -> L2vpnTerminationHandler.kindOf(termination.assignedObjectType)
                        .map(kind -> related(kind, termination.assignedObjectId)).orElse(NullNode.getInstance()));
        return finish(node, termination);
    }

    private FieldWriter briefTermination(L2vpnTermination termination, FieldSelection fields) {
        return startBrief(Kind.L2VPN_TERMINATION, termination, terminationDisplay(termination), fields)
                .set("l2vpn", () -> related(Kind.L2VPN, termination.l2vpnId));
    }

    /** The termination a VLAN or interface ends, in brief, or null. */
    private JsonNode terminationOf(Kind kind, long id) {
        if (terminations == null) {
            terminations = new HashMap<>();
            for (L2vpnTermination termination : store.<L2vpnTermination>all(Kind.L2VPN_TERMINATION)) {
                terminations.putIfAbsent(termination.assignedObjectType + ":" + termination.assignedObjectId,
                        termination);
            }
        }
        L2vpnTermination termination = terminations.get(kind.objectType() + ":" + id);
        return termination == null ? NullNode.getInstance() : briefTermination(termination, FieldSelection.ALL).node();
    }

    private JsonNode related(Kind kind, Long id) {
        return store.find(kind, id).<JsonNode>map(object -> switch (kind) {
            case DEVICE_ROLE -> briefDeviceRole((DeviceRole) object, false, FieldSelection.ALL).node();
            case DEVICE_TYPE -> briefDeviceType((DeviceType) object, FieldSelection.ALL).node();
            case VLAN_GROUP -> briefVlanGroup((VlanGroup) object, false, FieldSelection.ALL).node();
            default -> brief(kind, object, FieldSelection.ALL);
        }).orElse(NullNode.getInstance());
    }
}
