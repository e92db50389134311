package org.netorch.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP to an app under load, with one shared connection pool; any non-2xx answer fails the run. */
final class BenchHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SENT = new AtomicLong();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorizationHeader;
    private final String authorizationValue;

    private BenchHttp(String base, String header, String value) {
        this.base = base;
        this.authorizationHeader = header;
        this.authorizationValue = value;
    }

    static BenchHttp basic(String base, String user, String password) {
        return new BenchHttp(base, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static BenchHttp token(String base, String token) {
        return new BenchHttp(base, "Authorization", "Token " + token);
    }

    JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    JsonNode post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    JsonNode patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    /** The status code alone, for readiness probes that expect failures while the app starts. */
    int status(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header(authorizationHeader, authorizationValue);
    }

    /** Requests sent to any app so far; batches run one at a time, so the difference over a batch is its own. */
    static long sent() {
        return SENT.get();
    }

    private JsonNode send(HttpRequest request) {
        SENT.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " -> "
                        + response.statusCode() + ": " + response.body());
            }
            String body = response.body();
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
