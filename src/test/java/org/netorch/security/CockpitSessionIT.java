package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.AppIntegrationTest;

/**
 * The Cockpit plugin calls our API with the session of the user logged in to the webapps. Those calls must leave the
 * session as it is: Cockpit fires its own requests alongside with the same cookie, and a session id changed under
 * them logs the user out of Cockpit ("Authentication failed").
 */
class CockpitSessionIT extends AppIntegrationTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOKEN_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void apiCallsWithTheCockpitSessionKeepItsIdAndItsLogin() throws Exception {
        Session viewer = logIn("viewer");

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> me = send(viewer, "GET", "/api/me", false);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(me.body()).path("user").asText()).isEqualTo("viewer");
            assertThat(me.headers().allValues("Set-Cookie")).as("cookies set by GET /api/me")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
        HttpResponse<String> cockpit = send(viewer, "GET",
                "/camunda/api/engine/engine/default/process-definition/count", false);
        assertThat(cockpit.statusCode()).as("Cockpit's own API with the same session").isEqualTo(200);
    }

    @Test
    void aChangeNeedsTheWebappsCsrfTokenAndTheOperatorRole() throws Exception {
        String unknown = "/api/subscriptions/" + UUID.randomUUID() + "/insync";
        Session operator = logIn("operator");
        assertThat(send(operator, "PUT", unknown, false).statusCode()).as("without the CSRF token").isEqualTo(401);
        assertThat(send(operator, "PUT", unknown, true).statusCode()).as("operator with the token").isEqualTo(404);

        Session viewer = logIn("viewer");
        assertThat(send(viewer, "PUT", unknown, true).statusCode()).as("viewer with the token").isEqualTo(403);
    }

    /** Logs in as the Cockpit page does and fetches the CSRF token of the new session, as Cockpit's next call does. */
    private Session logIn(String user) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = cookie(page, SESSION_COOKIE).orElseThrow();
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/"
                        + "cockpit"))
                .header("Cookie", "JSESSIONID=" + anonymous)
                .header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of " + user).isEqualTo(200);
        String session = cookie(login, SESSION_COOKIE).orElseThrow();
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        return new Session(session, cookie(next, TOKEN_COOKIE).orElseThrow());
    }

    private HttpResponse<String> send(Session session, String method, String path, boolean withToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Cookie", "JSESSIONID=" + session.id())
                .header("Accept", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        if (withToken) {
            request.header("X-XSRF-TOKEN", session.csrfToken());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Optional<String> cookie(HttpResponse<?> response, Pattern pattern) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().map(pattern::matcher).filter(Matcher::find).map(matcher -> matcher.group(1))
                .findFirst();
    }

    private record Session(String id, String csrfToken) {
    }
}
