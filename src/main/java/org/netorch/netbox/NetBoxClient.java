package org.netorch.netbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        try {
            return Optional.of(device(id));
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
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
