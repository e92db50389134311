package org.netorch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A user logged in to Tasklist as its page logs in: the session cookie, and the CSRF token the webapps ask of every
 * change. {@link #send} calls the webapps' APIs, e.g. the engine API Tasklist uses
 * ({@code /camunda/api/engine/engine/{engine}/...}).
 */
public final class WebappSession {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOKEN_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String id;
    private String csrfToken;

    private WebappSession(String base) {
        this.base = base;
    }

    /** {@code base} is the app's address, e.g. {@code http://127.0.0.1:8080}. */
    public static WebappSession logIn(String base, String engine, String user, String password) {
        WebappSession session = new WebappSession(base);
        session.logIn(engine, user, password);
        return session;
    }

    private void logIn(String engine, String user, String password) {
        HttpResponse<String> page = exchange(HttpRequest.newBuilder(uri("/camunda/app/tasklist/" + engine + "/")));
        String anonymous = cookie(page, SESSION_COOKIE).orElseThrow();
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = exchange(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/" + engine + "/login/tasklist"))
                .header("Cookie", "JSESSIONID=" + anonymous)
                .header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " to Tasklist: " + login.statusCode());
        }
        id = cookie(login, SESSION_COOKIE).orElseThrow();
        // the new session's token comes with its first call, as Tasklist's own next call receives it
        csrfToken = cookie(exchange(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/"))
                .header("Cookie", "JSESSIONID=" + id)), TOKEN_COOKIE).orElseThrow();
    }

    /** {@code body} is JSON text or an object to write as JSON; null sends none. */
    public ApiClient.Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Cookie", "JSESSIONID=" + id)
                .header("X-XSRF-TOKEN", csrfToken)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        HttpResponse<String> response = exchange(request);
        return new ApiClient.Response(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), null, response.body(), null);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> cookie(HttpResponse<?> response, Pattern pattern) {
        return response.headers().allValues("Set-Cookie").stream().map(pattern::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst();
    }
}
