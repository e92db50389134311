package org.netorch.netbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The NetBox 4.x REST calls the orchestrator's workflows make. Every failure, whether an error answer or no answer,
 * surfaces as a {@link NetBoxException} naming the call.
 */
@Component
public class NetBoxClient {

    private static final String INTERFACE_TYPE = "dcim.interface";

    private final NetBoxTransport http;

    /** In the app: every call is also timed as {@code netbox.requests} when metrics are on. */
    @Autowired
    NetBoxClient(RestClient.Builder builder, NetBoxEndpoint endpoint, NetBoxProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        this(withMetrics(builder, meters.getIfAvailable()), endpoint, properties);
    }

    public NetBoxClient(RestClient.Builder builder, NetBoxEndpoint endpoint, NetBoxProperties properties) {
        this.http = new NetBoxTransport(builder, endpoint, properties);
    }

    private static RestClient.Builder withMetrics(RestClient.Builder builder, MeterRegistry meters) {
        return meters == null ? builder : builder.requestInterceptor(new NetBoxRequestMetrics(meters));
    }

    public NetBoxStatus status() {
        return http.get("/api/status/", NetBoxStatus.class);
    }

    public List<Device> devices(DeviceQuery query) {
        return http.list("/api/dcim/devices/", query.params(), Device.class);
    }

    /**
     * The matching devices with only {@link DeviceSummary}'s fields, a small part of each full object. A NetBox older
     * than 4.0 ignores {@code fields} and sends full objects, which read the same.
     */
    public List<DeviceSummary> deviceSummaries(DeviceQuery query) {
        return http.list("/api/dcim/devices/", query.params().add("fields", DeviceSummary.FIELDS), DeviceSummary.class);
    }

    public Device device(long id) {
        return http.get("/api/dcim/devices/" + id + "/", Device.class);
    }

    /** The device, or empty when NetBox has none with that id (404), e.g. deleted by hand. */
    public Optional<Device> findDevice(long id) {
        return found(() -> device(id));
    }

    public Device updateDeviceStatus(long id, String status) {
        return http.patch("/api/dcim/devices/" + id + "/", Map.of("status", status), Device.class);
    }

    public List<Interface> interfaces(InterfaceQuery query) {
        return http.list("/api/dcim/interfaces/", query.params(), Interface.class);
    }

    /** The matching interfaces with only {@link InterfaceSummary}'s fields; see {@link #deviceSummaries}. */
    public List<InterfaceSummary> interfaceSummaries(InterfaceQuery query) {
        return http.list("/api/dcim/interfaces/", query.params().add("fields", InterfaceSummary.FIELDS),
                InterfaceSummary.class);
    }

    public Interface iface(long id) {
        return http.get("/api/dcim/interfaces/" + id + "/", Interface.class);
    }

    public Interface updateInterfaceDescription(long id, String description) {
        return http.patch("/api/dcim/interfaces/" + id + "/", Map.of("description", description), Interface.class);
    }

    /** Writes the given parts (description, enabled, MTU, 802.1Q mode with its VLANs) in one PATCH. */
    public Interface updateInterface(long id, InterfaceChanges changes) {
        return http.patch("/api/dcim/interfaces/" + id + "/", changes.body(), Interface.class);
    }

    public List<Cable> cables(CableQuery query) {
        return http.list("/api/dcim/cables/", query.params(), Cable.class);
    }

    public Cable cable(long id) {
        return http.get("/api/dcim/cables/" + id + "/", Cable.class);
    }

    public Cable createCable(long aInterfaceId, long bInterfaceId, String status, String label, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a_terminations", List.of(CableTermination.iface(aInterfaceId)));
        body.put("b_terminations", List.of(CableTermination.iface(bInterfaceId)));
        body.put("status", status);
        body.put("label", label);
        body.put("description", description);
        return http.post("/api/dcim/cables/", body, Cable.class);
    }

    public Cable updateCableStatus(long id, String status) {
        return http.patch("/api/dcim/cables/" + id + "/", Map.of("status", status), Cable.class);
    }

    public List<IpAddress> ipAddresses(IpAddressQuery query) {
        return http.list("/api/ipam/ip-addresses/", query.params(), IpAddress.class);
    }

    public IpAddress ipAddress(long id) {
        return http.get("/api/ipam/ip-addresses/" + id + "/", IpAddress.class);
    }

    public List<Prefix> prefixes(PrefixQuery query) {
        return http.list("/api/ipam/prefixes/", query.params(), Prefix.class);
    }

    public Prefix prefix(long id) {
        return http.get("/api/ipam/prefixes/" + id + "/", Prefix.class);
    }

    public List<AvailablePrefix> availablePrefixes(long prefixId) {
        return http.getArray("/api/ipam/prefixes/" + prefixId + "/available-prefixes/", null, AvailablePrefix.class);
    }

    /** Carves the lowest free block of that length out of the parent; NetBox answers 409 when none is left. */
    public Prefix allocatePrefix(long parentId, int prefixLength, String description, boolean isPool) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix_length", prefixLength);
        body.put("description", description);
        body.put("is_pool", isPool);
        return http.post("/api/ipam/prefixes/" + parentId + "/available-prefixes/", body, Prefix.class);
    }

    public List<AvailableIp> availableIps(long prefixId, int limit) {
        return http.getArray("/api/ipam/prefixes/" + prefixId + "/available-ips/",
                new QueryParams().add("limit", limit), AvailableIp.class);
    }

    /** Takes the next free address of the prefix and assigns it to the interface. */
    public IpAddress allocateIp(long prefixId, String description, long interfaceId, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("status", status);
        body.put("assigned_object_type", INTERFACE_TYPE);
        body.put("assigned_object_id", interfaceId);
        return http.post("/api/ipam/prefixes/" + prefixId + "/available-ips/", body, IpAddress.class);
    }

    public List<VlanGroup> vlanGroups(VlanGroupQuery query) {
        return http.list("/api/ipam/vlan-groups/", query.params(), VlanGroup.class);
    }

    public VlanGroup vlanGroup(long id) {
        return http.get("/api/ipam/vlan-groups/" + id + "/", VlanGroup.class);
    }

    /** The group's free VIDs, lowest first, at most {@code limit} of them. */
    public List<AvailableVlan> availableVlans(long groupId, int limit) {
        return http.getArray("/api/ipam/vlan-groups/" + groupId + "/available-vlans/",
                new QueryParams().add("limit", limit), AvailableVlan.class);
    }

    /** Creates a VLAN on the group's lowest free VID; NetBox answers 409 when none is left. */
    public Vlan allocateVlan(long groupId, String name, String status, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("status", status);
        body.put("description", description);
        return http.post("/api/ipam/vlan-groups/" + groupId + "/available-vlans/", body, Vlan.class);
    }

    public List<Vlan> vlans(VlanQuery query) {
        return http.list("/api/ipam/vlans/", query.params(), Vlan.class);
    }

    public Vlan vlan(long id) {
        return http.get("/api/ipam/vlans/" + id + "/", Vlan.class);
    }

    /** The VLAN, or empty when NetBox has none with that id (404). */
    public Optional<Vlan> findVlan(long id) {
        return found(() -> vlan(id));
    }

    /** A VLAN with a VID of our choosing; NetBox refuses one whose VID its group already uses (400). */
    public Vlan createVlan(NewVlan vlan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("group", vlan.groupId());
        body.put("vid", vlan.vid());
        body.put("name", vlan.name());
        body.put("status", vlan.status());
        body.put("description", Json.orEmpty(vlan.description()));
        return http.post("/api/ipam/vlans/", body, Vlan.class);
    }

    public Vlan updateVlan(long id, VlanChanges changes) {
        return http.patch("/api/ipam/vlans/" + id + "/", changes.body(), Vlan.class);
    }

    public List<L2vpn> l2vpns(L2vpnQuery query) {
        return http.list("/api/vpn/l2vpns/", query.params(), L2vpn.class);
    }

    public L2vpn l2vpn(long id) {
        return http.get("/api/vpn/l2vpns/" + id + "/", L2vpn.class);
    }

    /** The L2VPN, or empty when NetBox has none with that id (404). */
    public Optional<L2vpn> findL2vpn(long id) {
        return found(() -> l2vpn(id));
    }

    /** NetBox refuses a second L2VPN with the same name or slug (400). */
    public L2vpn createL2vpn(NewL2vpn l2vpn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", l2vpn.name());
        body.put("slug", l2vpn.slug());
        body.put("type", l2vpn.type());
        Json.putIfPresent(body, "identifier", l2vpn.identifier());
        Json.putIfPresent(body, "status", l2vpn.status());
        body.put("description", Json.orEmpty(l2vpn.description()));
        return http.post("/api/vpn/l2vpns/", body, L2vpn.class);
    }

    public L2vpn updateL2vpn(long id, L2vpnChanges changes) {
        return http.patch("/api/vpn/l2vpns/" + id + "/", changes.body(), L2vpn.class);
    }

    public List<L2vpnTermination> l2vpnTerminations(L2vpnTerminationQuery query) {
        return http.list("/api/vpn/l2vpn-terminations/", query.params(), L2vpnTermination.class);
    }

    /** NetBox refuses a VLAN or interface that already ends a termination, of any L2VPN (400). */
    public L2vpnTermination createL2vpnTermination(NewL2vpnTermination termination) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("l2vpn", termination.l2vpnId());
        body.put("assigned_object_type", termination.assignedObjectType());
        body.put("assigned_object_id", termination.assignedObjectId());
        return http.post("/api/vpn/l2vpn-terminations/", body, L2vpnTermination.class);
    }

    private static <T> Optional<T> found(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    // Deletes. NetBox answers 204; a 404 means an earlier try (whose answer was lost) already deleted it, which is
    // what the caller wants, so it returns normally with false instead of failing.

    /** @return true when this call deleted the address, false when NetBox had none with that id */
    public boolean deleteIpAddress(long id) {
        return delete("/api/ipam/ip-addresses/" + id + "/");
    }

    /** Deletes the prefix only; NetBox keeps the IP addresses and prefixes inside it. */
    public boolean deletePrefix(long id) {
        return delete("/api/ipam/prefixes/" + id + "/");
    }

    /** Deletes the cable; NetBox clears the {@code cable} field of the interfaces it joined. */
    public boolean deleteCable(long id) {
        return delete("/api/dcim/cables/" + id + "/");
    }

    /** Deletes the VLAN; NetBox takes it off its interfaces and deletes its L2VPN termination. */
    public boolean deleteVlan(long id) {
        return delete("/api/ipam/vlans/" + id + "/");
    }

    /** Deletes the L2VPN and, with it, its terminations. */
    public boolean deleteL2vpn(long id) {
        return delete("/api/vpn/l2vpns/" + id + "/");
    }

    public boolean deleteL2vpnTermination(long id) {
        return delete("/api/vpn/l2vpn-terminations/" + id + "/");
    }

    private boolean delete(String apiPath) {
        try {
            http.delete(apiPath);
            return true;
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }
}
