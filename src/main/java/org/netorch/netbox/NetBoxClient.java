package org.netorch.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The NetBox 4.x REST calls the orchestrator makes. Every failure, whether an error answer or no answer,
 * surfaces as a {@link NetBoxException} naming the call.
 */
@Component
public class NetBoxClient {

    private static final Logger log = LoggerFactory.getLogger(NetBoxClient.class);
    private static final String INTERFACE_TYPE = "dcim.interface";

    private final RestClient rest;
    private final NetBoxEndpoint endpoint;
    private final NetBoxProperties properties;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public NetBoxClient(RestClient.Builder builder, NetBoxEndpoint endpoint, NetBoxProperties properties) {
        this.endpoint = endpoint;
        this.properties = properties;
        this.rest = builder
                .requestFactory(requestFactory(properties))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** A client outside any Spring context, for one-shot commands that talk to the configured NetBox. */
    public static NetBoxClient standalone(NetBoxProperties properties) {
        return new NetBoxClient(RestClient.builder(), new ConfiguredNetBoxEndpoint(properties), properties);
    }

    private static JdkClientHttpRequestFactory requestFactory(NetBoxProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    public NetBoxStatus status() {
        return get("/api/status/", NetBoxStatus.class);
    }

    public Optional<Site> siteWithSlug(String slug) {
        return first(list("/api/dcim/sites/", new QueryParams().add("slug", slug), Site.class));
    }

    public Site createSite(String name, String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        return send(HttpMethod.POST, "/api/dcim/sites/", body, Site.class);
    }

    public Optional<Manufacturer> manufacturerWithSlug(String slug) {
        return first(list("/api/dcim/manufacturers/", new QueryParams().add("slug", slug), Manufacturer.class));
    }

    public Manufacturer createManufacturer(String name, String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        return send(HttpMethod.POST, "/api/dcim/manufacturers/", body, Manufacturer.class);
    }

    public Optional<DeviceType> deviceTypeWithSlug(String slug) {
        return first(list("/api/dcim/device-types/", new QueryParams().add("slug", slug), DeviceType.class));
    }

    public DeviceType createDeviceType(long manufacturerId, String model, String slug, double uHeight) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("manufacturer", manufacturerId);
        body.put("model", model);
        body.put("slug", slug);
        body.put("u_height", uHeight);
        return send(HttpMethod.POST, "/api/dcim/device-types/", body, DeviceType.class);
    }

    public Optional<DeviceRole> deviceRoleWithSlug(String slug) {
        return first(list("/api/dcim/device-roles/", new QueryParams().add("slug", slug), DeviceRole.class));
    }

    /** {@code color} is six hex digits without {@code #}, as NetBox stores it. */
    public DeviceRole createDeviceRole(String name, String slug, String color) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        body.put("color", color);
        return send(HttpMethod.POST, "/api/dcim/device-roles/", body, DeviceRole.class);
    }

    public List<Device> devices(DeviceQuery query) {
        return list("/api/dcim/devices/", query.params(), Device.class);
    }

    public Device device(long id) {
        return get("/api/dcim/devices/" + id + "/", Device.class);
    }

    // NetBox 4 names the field `role`; 3.x's `device_role` is gone.
    public Device createDevice(String name, long deviceTypeId, long roleId, long siteId, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("device_type", deviceTypeId);
        body.put("role", roleId);
        body.put("site", siteId);
        body.put("status", status);
        return send(HttpMethod.POST, "/api/dcim/devices/", body, Device.class);
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
        return patch("/api/dcim/devices/" + deviceId + "/", changes, Device.class);
    }

    public Device updateDeviceStatus(long id, String status) {
        return patch("/api/dcim/devices/" + id + "/", Map.of("status", status), Device.class);
    }

    public List<Interface> interfaces(InterfaceQuery query) {
        return list("/api/dcim/interfaces/", query.params(), Interface.class);
    }

    /** Creates them all in one bulk POST; NetBox keeps all or none. */
    public List<Interface> createInterfaces(List<NewInterface> interfaces) {
        if (interfaces.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> bodies = interfaces.stream().map(NetBoxClient::interfaceBody).toList();
        String path = "/api/dcim/interfaces/";
        return call(HttpMethod.POST, target(HttpMethod.POST, path, null), bodies, listOf(Interface.class));
    }

    private static Map<String, Object> interfaceBody(NewInterface iface) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("device", iface.deviceId());
        body.put("name", iface.name());
        body.put("type", iface.type());
        if (iface.speedKbps() != null) {
            body.put("speed", iface.speedKbps());
        }
        return body;
    }

    public Interface iface(long id) {
        return get("/api/dcim/interfaces/" + id + "/", Interface.class);
    }

    public Interface updateInterfaceDescription(long id, String description) {
        return patch("/api/dcim/interfaces/" + id + "/", Map.of("description", description), Interface.class);
    }

    public List<Cable> cables(CableQuery query) {
        return list("/api/dcim/cables/", query.params(), Cable.class);
    }

    public Cable cable(long id) {
        return get("/api/dcim/cables/" + id + "/", Cable.class);
    }

    public Cable createCable(long aInterfaceId, long bInterfaceId, String status, String label, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a_terminations", List.of(CableTermination.iface(aInterfaceId)));
        body.put("b_terminations", List.of(CableTermination.iface(bInterfaceId)));
        body.put("status", status);
        body.put("label", label);
        body.put("description", description);
        return send(HttpMethod.POST, "/api/dcim/cables/", body, Cable.class);
    }

    public Cable updateCableStatus(long id, String status) {
        return patch("/api/dcim/cables/" + id + "/", Map.of("status", status), Cable.class);
    }

    public List<IpAddress> ipAddresses(IpAddressQuery query) {
        return list("/api/ipam/ip-addresses/", query.params(), IpAddress.class);
    }

    public IpAddress ipAddress(long id) {
        return get("/api/ipam/ip-addresses/" + id + "/", IpAddress.class);
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
        return send(HttpMethod.POST, "/api/ipam/ip-addresses/", body, IpAddress.class);
    }

    public List<Prefix> prefixes(PrefixQuery query) {
        return list("/api/ipam/prefixes/", query.params(), Prefix.class);
    }

    public Prefix prefix(long id) {
        return get("/api/ipam/prefixes/" + id + "/", Prefix.class);
    }

    // NetBox 4.2 replaced a prefix's `site` by a scope; a global prefix needs neither.
    public Prefix createPrefix(String prefix, String status, boolean isPool, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix", prefix);
        body.put("status", status);
        body.put("is_pool", isPool);
        body.put("description", description);
        return send(HttpMethod.POST, "/api/ipam/prefixes/", body, Prefix.class);
    }

    public List<AvailablePrefix> availablePrefixes(long prefixId) {
        String path = "/api/ipam/prefixes/" + prefixId + "/available-prefixes/";
        return call(HttpMethod.GET, target(HttpMethod.GET, path, null), null, listOf(AvailablePrefix.class));
    }

    /** Carves the lowest free block of that length out of the parent; NetBox answers 409 when none is left. */
    public Prefix allocatePrefix(long parentId, int prefixLength, String description, boolean isPool) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix_length", prefixLength);
        body.put("description", description);
        body.put("is_pool", isPool);
        return send(HttpMethod.POST, "/api/ipam/prefixes/" + parentId + "/available-prefixes/", body, Prefix.class);
    }

    public List<AvailableIp> availableIps(long prefixId, int limit) {
        String path = "/api/ipam/prefixes/" + prefixId + "/available-ips/";
        QueryParams params = new QueryParams().add("limit", limit);
        return call(HttpMethod.GET, target(HttpMethod.GET, path, params), null, listOf(AvailableIp.class));
    }

    /** Takes the next free address of the prefix and assigns it to the interface. */
    public IpAddress allocateIp(long prefixId, String description, long interfaceId, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("status", status);
        body.put("assigned_object_type", INTERFACE_TYPE);
        body.put("assigned_object_id", interfaceId);
        return send(HttpMethod.POST, "/api/ipam/prefixes/" + prefixId + "/available-ips/", body, IpAddress.class);
    }

    private <T> T get(String apiPath, Class<T> type) {
        return call(HttpMethod.GET, target(HttpMethod.GET, apiPath, null), null, mapper.constructType(type));
    }

    private <T> T patch(String apiPath, Map<String, Object> changes, Class<T> type) {
        return send(HttpMethod.PATCH, apiPath, changes, type);
    }

    private <T> T send(HttpMethod method, String apiPath, Map<String, Object> body, Class<T> type) {
        return call(method, target(method, apiPath, null), body, mapper.constructType(type));
    }

    private <T> List<T> list(String apiPath, QueryParams filters, Class<T> type) {
        JavaType pageType = mapper.getTypeFactory().constructParametricType(Page.class, type);
        List<T> all = new ArrayList<>();
        Target target = target(HttpMethod.GET, apiPath, filters.add("limit", properties.pageSize()));
        while (target != null) {
            Page<T> page = call(HttpMethod.GET, target, null, pageType);
            all.addAll(page.results());
            target = page.next() == null ? null : nextPage(page.next());
        }
        return all;
    }

    private static <T> Optional<T> first(List<T> matches) {
        return matches.stream().findFirst();
    }

    private JavaType listOf(Class<?> type) {
        return mapper.getTypeFactory().constructCollectionType(List.class, type);
    }

    /** Where a call goes, and how it is named in errors: the path and query below the base URL. */
    private record Target(URI uri, String path) {
    }

    private Target target(HttpMethod method, String apiPath, QueryParams params) {
        String query = params == null ? "" : params.encoded();
        String relative = query.isEmpty() ? apiPath : apiPath + "?" + query;
        return new Target(URI.create(baseUrl(method.name(), relative) + relative), relative);
    }

    // NetBox builds `next` from the Host it saw, which behind a proxy can be an internal name we cannot reach.
    private Target nextPage(String next) {
        URI link = URI.create(next);
        String path = link.getRawPath().endsWith("/") ? link.getRawPath() : link.getRawPath() + "/";
        String pathAndQuery = link.getRawQuery() == null ? path : path + "?" + link.getRawQuery();
        URI base = URI.create(baseUrl(HttpMethod.GET.name(), pathAndQuery));
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String relative = !basePath.isEmpty() && pathAndQuery.startsWith(basePath + "/")
                ? pathAndQuery.substring(basePath.length())
                : pathAndQuery;
        return new Target(URI.create(base.getScheme() + "://" + base.getRawAuthority() + pathAndQuery), relative);
    }

    private String baseUrl(String method, String path) {
        String base = endpoint.baseUrl();
        if (base == null || base.isBlank()) {
            throw new NetBoxUnreachableException(method, path,
                    "no NetBox base URL is known (set netbox.url / NETBOX_URL, or run in demo mode)", false, null);
        }
        return base.strip().replaceAll("/+$", "");
    }

    private <T> T call(HttpMethod method, Target target, Object body, JavaType type) {
        log.debug("NetBox {} {}", method, target.path());
        RestClient.RequestBodySpec request = rest.method(method).uri(target.uri());
        String authorization = authorization();
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json(body));
        }
        try {
            return request.exchange((sent, response) -> {
                int status = response.getStatusCode().value();
                byte[] content = response.getBody().readAllBytes();
                if (!response.getStatusCode().is2xxSuccessful()) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    throw new NetBoxException(method.name(), target.path(), status,
                            withoutToken(ErrorDetail.of(text, response.getStatusText())));
                }
                return read(content, type, method, target, status);
            });
        } catch (ResourceAccessException noAnswer) {
            throw unreachable(method.name(), target.path(), noAnswer);
        }
    }

    private <T> T read(byte[] content, JavaType type, HttpMethod method, Target target, int status) {
        if (type == null) {
            return null;
        }
        try {
            return mapper.readValue(content, type);
        } catch (IOException unreadable) {
            throw new NetBoxException(method.name(), target.path(), status,
                    "unreadable answer: " + unreadable.getMessage().lines().findFirst().orElse(""), unreadable);
        }
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalArgumentException("cannot write NetBox request body", impossible);
        }
    }

    private String authorization() {
        String token = endpoint.token();
        if (token == null || token.isBlank()) {
            return null;
        }
        // NetBox 4.5+ v2 tokens are recognised by their prefix, not by the keyword.
        return (token.startsWith("nbt_") ? "Bearer " : "Token ") + token.strip();
    }

    private String withoutToken(String text) {
        String token = endpoint.token();
        return token == null || token.isBlank() ? text : text.replace(token.strip(), "****");
    }

    private NetBoxException unreachable(String method, String path, ResourceAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new NetBoxUnreachableException(method, path,
                        "connect timed out after " + format(properties.connectTimeout()), true, failure);
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return new NetBoxUnreachableException(method, path,
                        "read timed out after " + format(properties.readTimeout()), true, failure);
            }
            if (cause instanceof ConnectException) {
                return new NetBoxUnreachableException(method, path, "cannot connect: connection refused", false,
                        failure);
            }
            if (cause instanceof UnknownHostException) {
                return new NetBoxUnreachableException(method, path, "unknown host " + cause.getMessage(), false,
                        failure);
            }
        }
        Throwable root = failure.getCause() == null ? failure : failure.getCause();
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
        return new NetBoxUnreachableException(method, path, "no answer: " + reason, false, failure);
    }

    private static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
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
            call(HttpMethod.DELETE, target(HttpMethod.DELETE, apiPath, null), null, null);
            return true;
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }
}
