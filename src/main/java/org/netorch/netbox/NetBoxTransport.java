package org.netorch.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * HTTP to one NetBox: requests with the token, paged lists, timeouts, and every failure as a {@link NetBoxException}
 * naming the call.
 */
final class NetBoxTransport {

    private static final Logger log = LoggerFactory.getLogger(NetBoxTransport.class);

    private final RestClient rest;
    private final NetBoxEndpoint endpoint;
    private final NetBoxProperties properties;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final JavaType pageOfNodes = mapper.getTypeFactory().constructParametricType(Page.class, JsonNode.class);

    NetBoxTransport(RestClient.Builder builder, NetBoxEndpoint endpoint, NetBoxProperties properties) {
        this.endpoint = endpoint;
        this.properties = properties;
        this.rest = builder
                .requestFactory(requestFactory(properties))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    private static JdkClientHttpRequestFactory requestFactory(NetBoxProperties properties) {
        // One pool for the client's own work and for writing request bodies, which would otherwise each get a new
        // thread per call; a cached pool, because a body writer waits on the client and must never wait for a thread.
        CustomizableThreadFactory names = new CustomizableThreadFactory("netbox-http-");
        names.setDaemon(true);
        ExecutorService threads = Executors.newCachedThreadPool(names);
        HttpClient http = HttpClient.newBuilder()
                .executor(threads)
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http, threads);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    <T> T get(String apiPath, Class<T> type) {
        return call(HttpMethod.GET, target(HttpMethod.GET, apiPath, null), null, mapper.constructType(type));
    }

    /** A GET whose answer is a bare JSON array rather than a page. */
    <T> List<T> getArray(String apiPath, QueryParams params, Class<T> type) {
        return call(HttpMethod.GET, target(HttpMethod.GET, apiPath, params), null, listOf(type));
    }

    <T> T post(String apiPath, Map<String, Object> body, Class<T> type) {
        return send(HttpMethod.POST, apiPath, body, type);
    }

    /** A bulk POST: one array of bodies in, one array of created objects out. */
    <T> List<T> postAll(String apiPath, List<Map<String, Object>> bodies, Class<T> type) {
        return call(HttpMethod.POST, target(HttpMethod.POST, apiPath, null), bodies, listOf(type));
    }

    <T> T patch(String apiPath, Map<String, Object> changes, Class<T> type) {
        return send(HttpMethod.PATCH, apiPath, changes, type);
    }

    /** A DELETE, whose 204 carries no body. */
    void delete(String apiPath) {
        call(HttpMethod.DELETE, target(HttpMethod.DELETE, apiPath, null), null, null);
    }

    /**
     * Every object matching the filters, following NetBox's {@code next} links page by page. An item without an id
     * names no NetBox object (a page that lost its {@code ?fields=}, say) and fails the call rather than being read as
     * an object with id 0.
     */
    <T> List<T> list(String apiPath, QueryParams filters, Class<T> type) {
        List<T> all = new ArrayList<>();
        Target target = target(HttpMethod.GET, apiPath, filters.add("limit", properties.pageSize()));
        while (target != null) {
            Page<JsonNode> page = call(HttpMethod.GET, target, null, pageOfNodes);
            for (int i = 0; i < page.results().size(); i++) {
                all.add(item(page.results().get(i), i, type, target));
            }
            target = page.next() == null ? null : nextPage(page.next());
        }
        return all;
    }

    private <T> T item(JsonNode node, int index, Class<T> type, Target target) {
        JsonNode id = node.get("id");
        if (id == null || !id.isIntegralNumber() || id.asLong() < 1) {
            String shown = node.toString();
            throw new NetBoxException(HttpMethod.GET.name(), target.path(), 200, "result " + (index + 1)
                    + " of the page has no id, so it is no NetBox object: "
                    + (shown.length() <= 80 ? shown : shown.substring(0, 80) + "…"));
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException unreadable) {
            throw new NetBoxException(HttpMethod.GET.name(), target.path(), 200,
                    "unreadable answer: " + unreadable.getOriginalMessage(), unreadable);
        }
    }

    <T> Optional<T> first(String apiPath, QueryParams filters, Class<T> type) {
        return list(apiPath, filters, type).stream().findFirst();
    }

    private <T> T send(HttpMethod method, String apiPath, Map<String, Object> body, Class<T> type) {
        return call(method, target(method, apiPath, null), body, mapper.constructType(type));
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
}
