package org.netorch.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.web.client.RestClient;

/** A real HTTP server on a random port that answers like NetBox with whatever a test tells it to. */
final class FakeNetBox implements AutoCloseable, AfterEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private record Answer(int status, String contentType, String body, Duration delay) {
    }

    private final String pathPrefix;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeNetBox(String pathPrefix) throws IOException {
        this.pathPrefix = pathPrefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeNetBox start() {
        return start("");
    }

    /** Serves the API below {@code pathPrefix}, as the simulator does below {@code /netbox}. */
    static FakeNetBox start(String pathPrefix) {
        try {
            return new FakeNetBox(pathPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathPrefix;
    }

    /** {@code pathAndQuery} matches exactly when it has a query, else any query on that path. */
    FakeNetBox answer(String method, String pathAndQuery, int status, String json) {
        return answer(method, pathAndQuery, status, "application/json", json, Duration.ZERO);
    }

    FakeNetBox answer(String method, String pathAndQuery, int status, String contentType, String body,
            Duration delay) {
        answers.put(method + " " + pathAndQuery, new Answer(status, contentType, body, delay));
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** The JSON body of the last request, as NetBox would read it. */
    JsonNode lastBody() {
        try {
            return JSON.readTree(lastRequest().body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NetBoxClient client(String token) {
        return client(token, Duration.ofSeconds(5), 200);
    }

    NetBoxClient client(String token, Duration readTimeout, int pageSize) {
        return clientFor(baseUrl(), token, readTimeout, pageSize);
    }

    static NetBoxClient clientFor(String url, String token, Duration readTimeout, int pageSize) {
        NetBoxProperties properties = properties(url, token, readTimeout, pageSize);
        return new NetBoxClient(RestClient.builder(), new ConfiguredNetBoxEndpoint(properties), properties);
    }

    NetBoxSeedingClient seedingClient(String token) {
        return NetBoxSeedingClient.standalone(properties(baseUrl(), token, Duration.ofSeconds(5), 200));
    }

    private static NetBoxProperties properties(String url, String token, Duration readTimeout, int pageSize) {
        return new NetBoxProperties(url, token, Duration.ofSeconds(2), readTimeout, pageSize,
                "2001:db8:10::/44", "R3/PT5S", Duration.ofSeconds(30));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = rawPath.startsWith(pathPrefix) ? rawPath.substring(pathPrefix.length()) : rawPath;
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        requests.add(new Request(method, path, query, Map.copyOf(exchange.getRequestHeaders()), body));

        Answer answer = answers.get(method + " " + path + (query == null ? "" : "?" + query));
        if (answer == null) {
            answer = answers.getOrDefault(method + " " + path,
                    new Answer(404, "application/json", "{\"detail\": \"Not found.\"}", Duration.ZERO));
        }
        pause(answer.delay());
        byte[] content = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), content.length == 0 ? -1 : content.length);
        exchange.getResponseBody().write(content);
        exchange.close();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Registered as a test's extension, it stops after each test. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
