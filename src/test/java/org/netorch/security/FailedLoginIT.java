package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;

/**
 * A stranger guessing the admin's password slows only himself: his address is turned away after ten failures (from
 * [::1] here, so the other tests' 127.0.0.1 stays clean), and the admin, whom Camunda never locks, still logs in.
 */
class FailedLoginIT extends AppIntegrationTest {

    private static final int ALLOWED_FAILURES = 10;

    @Test
    void aHundredWrongPasswordsForTheAdminLeaveTheAdminAbleToLogIn() throws Exception {
        Map<Integer, Integer> answers = new TreeMap<>();
        ApiClient.Response lastRefusal = null;
        for (int i = 0; i < 100; i++) {
            ApiClient.Response answer = guess(i);
            answers.merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 429) {
                lastRefusal = answer;
            }
        }

        assertThat(answers).containsExactlyEntriesOf(
                new TreeMap<>(Map.of(401, ALLOWED_FAILURES, 429, 100 - ALLOWED_FAILURES)));
        assertThat(lastRefusal.contentType()).startsWith("application/problem+json");
        assertThat(lastRefusal.json().path("status").asInt()).isEqualTo(429);
        assertThat(lastRefusal.json().path("detail").asText()).contains("Too many failed logins");
        assertThat(Integer.parseInt(lastRefusal.retryAfter())).isBetween(1, 300);
        // turned away before any password check: from the stranger's address even the right password is refused
        assertThat(fromOtherAddress().as(DEMO_USER, DEMO_PASSWORD).get("/api/subscriptions").status()).isEqualTo(429);

        assertThat(api().get("/api/subscriptions").status()).isEqualTo(200);
        assertThat(api().get("/engine-rest/process-definition").status()).isEqualTo(200);
        assertThat(webappLogin("http://127.0.0.1:" + port, DEMO_PASSWORD)).isEqualTo(200);
    }

    /** Our API, Camunda's REST API and the webapps' login form in turn: all count against the same address. */
    private ApiClient.Response guess(int i) throws Exception {
        ApiClient stranger = fromOtherAddress().as(DEMO_USER, "guess-" + i);
        return switch (i % 3) {
            case 0 -> stranger.get("/api/subscriptions");
            case 1 -> stranger.get("/engine-rest/process-definition");
            default -> {
                int status = webappLogin("http://[::1]:" + port, "guess-" + i);
                yield new ApiClient.Response(status, "", null, "", null);
            }
        };
    }

    /** Logs in the way the Tasklist page does: fetch the CSRF token with the page, then post the form. */
    private static int webappLogin(String base, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/"
                + "default/")).build(), HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DEMO_USER + "&password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        return login.statusCode();
    }
}
