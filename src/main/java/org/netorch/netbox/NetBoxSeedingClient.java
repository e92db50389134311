package org.netorch.netbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.client.RestClient;

/**
 * The NetBox 4.x calls that build an inventory (sites, device types, devices, their ports and addresses, prefixes,
 * VLAN groups):
 * each object found by its natural key or created. Failures surface as {@link NetBoxException}s naming the call.
 */
public class NetBoxSeedingClient {

    private static final String INTERFACE_TYPE = "dcim.interface";

    private final NetBoxTransport http;

    public NetBoxSeedingClient(NetBoxEndpoint endpoint, NetBoxProperties properties) {
        this.http = new NetBoxTransport(RestClient.builder(), endpoint, properties);
    }

    /** A client outside any Spring context, for one-shot commands that talk to the configured NetBox. */
    public static NetBoxSeedingClient standalone(NetBoxProperties properties) {
        return new NetBoxSeedingClient(new ConfiguredNetBoxEndpoint(properties), properties);
    }

    public Optional<Site> siteWithSlug(String slug) {
        return withSlug("/api/dcim/sites/", slug, Site.class);
    }

    public Site createSite(String name, String slug) {
        return http.post("/api/dcim/sites/", nameAndSlug(name, slug), Site.class);
    }

    public Optional<Manufacturer> manufacturerWithSlug(String slug) {
        return withSlug("/api/dcim/manufacturers/", slug, Manufacturer.class);
    }

    public Manufacturer createManufacturer(String name, String slug) {
        return http.post("/api/dcim/manufacturers/", nameAndSlug(name, slug), Manufacturer.class);
    }

    public Optional<DeviceType> deviceTypeWithSlug(String slug) {
        return withSlug("/api/dcim/device-types/", slug, DeviceType.class);
    }

    public DeviceType createDeviceType(long manufacturerId, String model, String slug, double uHeight) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("manufacturer", manufacturerId);
        body.put("model", model);
        body.put("slug", slug);
        body.put("u_height", uHeight);
        return http.post("/api/dcim/device-types/", body, DeviceType.class);
    }

    public Optional<DeviceRole> deviceRoleWithSlug(String slug) {
        return withSlug("/api/dcim/device-roles/", slug, DeviceRole.class);
    }

    /** {@code color} is six hex digits without {@code #}, as NetBox stores it. */
    public DeviceRole createDeviceRole(String name, String slug, String color) {
        Map<String, Object> body = nameAndSlug(name, slug);
        body.put("color", color);
        return http.post("/api/dcim/device-roles/", body, DeviceRole.class);
    }

    public Optional<Device> deviceNamed(String name, String siteSlug) {
        return http.first("/api/dcim/devices/", DeviceQuery.all().withName(name).atSite(siteSlug).params(),
                Device.class);
    }

    // NetBox 4 names the field `role`; 3.x's `device_role` is gone.
    public Device createDevice(String name, long deviceTypeId, long roleId, long siteId, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("device_type", deviceTypeId);
        body.put("role", roleId);
        body.put("site", siteId);
        body.put("status", status);
        return http.post("/api/dcim/devices/", body, Device.class);
    }

    /** Sets the device's primary addresses in one PATCH; a null id leaves that family as it is. */
    public Device updatePrimaryIps(long deviceId, Long primaryIp4Id, Long primaryIp6Id) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (primaryIp4Id != null) {
            changes.put("primary_ip4", primaryIp4Id);
        }
        if (primaryIp6Id != null) {
            changes.put("primary_ip6", primaryIp6Id);
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no primary IP given for device " + deviceId);
        }
        return http.patch("/api/dcim/devices/" + deviceId + "/", changes, Device.class);
    }

    public List<Interface> interfacesOf(long deviceId) {
        return http.list("/api/dcim/interfaces/", InterfaceQuery.onDevice(deviceId).params(), Interface.class);
    }

    /** Creates them all in one bulk POST; NetBox keeps all or none. */
    public List<Interface> createInterfaces(List<NewInterface> interfaces) {
        if (interfaces.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> bodies = interfaces.stream().map(NetBoxSeedingClient::interfaceBody).toList();
        return http.postAll("/api/dcim/interfaces/", bodies, Interface.class);
    }

    private static Map<String, Object> interfaceBody(NewInterface iface) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("device", iface.deviceId());
        body.put("name", iface.name());
        body.put("type", iface.type());
        if (iface.speedKbps() != null) {
            body.put("speed", iface.speedKbps());
        }
        if (!iface.enabled()) {
            body.put("enabled", false);
        }
        return body;
    }

    public Optional<IpAddress> ipAddressWithAddress(String address) {
        return http.first("/api/ipam/ip-addresses/", IpAddressQuery.all().withAddress(address).params(),
                IpAddress.class);
    }

    public IpAddress createIpAddress(NewIpAddress ip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", ip.address());
        body.put("status", ip.status());
        if (ip.role() != null) {
            body.put("role", ip.role());
        }
        body.put("dns_name", Json.orEmpty(ip.dnsName()));
        body.put("description", Json.orEmpty(ip.description()));
        if (ip.interfaceId() != null) {
            body.put("assigned_object_type", INTERFACE_TYPE);
            body.put("assigned_object_id", ip.interfaceId());
        }
        return http.post("/api/ipam/ip-addresses/", body, IpAddress.class);
    }

    public Optional<Prefix> prefixExactly(String prefix) {
        return http.first("/api/ipam/prefixes/", PrefixQuery.exactly(prefix).params(), Prefix.class);
    }

    // NetBox 4.2 replaced a prefix's `site` by a scope; a global prefix needs neither.
    public Prefix createPrefix(String prefix, String status, boolean isPool, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix", prefix);
        body.put("status", status);
        body.put("is_pool", isPool);
        body.put("description", description);
        return http.post("/api/ipam/prefixes/", body, Prefix.class);
    }

    public Optional<VlanGroup> vlanGroupWithSlug(String slug) {
        return withSlug("/api/ipam/vlan-groups/", slug, VlanGroup.class);
    }

    /** A global VLAN group (no scope) for VIDs {@code firstVid} to {@code lastVid}. */
    public VlanGroup createVlanGroup(String name, String slug, int firstVid, int lastVid, String description) {
        Map<String, Object> body = nameAndSlug(name, slug);
        body.put("vid_ranges", List.of(List.of(firstVid, lastVid)));
        body.put("description", description);
        return http.post("/api/ipam/vlan-groups/", body, VlanGroup.class);
    }

    private <T> Optional<T> withSlug(String path, String slug, Class<T> type) {
        return http.first(path, new QueryParams().add("slug", slug), type);
    }

    private static Map<String, Object> nameAndSlug(String name, String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        return body;
    }
}
