package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;

class ApiSecurityIT extends AppIntegrationTest {

    @Test
    void ourApiAnswers401WithABasicChallengeAndAProblemBodyWithoutCredentials() {
        var response = anonymous().get("/api/subscriptions");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.challenge()).startsWith("Basic");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("detail").asText()).contains("HTTP Basic");
    }

    @Test
    void ourApiAcceptsTheDemoUserOfTasklist() {
        var response = api().get("/api/subscriptions");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("items")).isTrue();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(api().as(DEMO_USER, "not-the-password").get("/api/subscriptions").status()).isEqualTo(401);
        assertThat(api().as("nobody", DEMO_PASSWORD).get("/api/subscriptions").status()).isEqualTo(401);
    }

    @Test
    void camundasRestApiNeedsTheSameCredentials() {
        assertThat(anonymous().get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(api().get("/engine-rest/process-definition").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsServedToAuthenticatedUsersAndDescribesOurApi() {
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(401);

        var document = api().get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").has("/api/subscriptions/{id}/events")).isTrue();
    }

    @Test
    void healthIsOpenForProbesAndTheWebappsKeepTheirOwnLogin() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        var tasklist = anonymous().get("/camunda/app/tasklist/default/");
        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.body()).contains("Tasklist");
    }

    @Test
    void unservedPathsAre404ProblemsAndRefusedPathsAre400ProblemsUnderEveryPrefix() {
        for (ApiClient caller : List.of(anonymous(), api())) {
            var unserved = caller.get("/nothing-here");
            assertThat(unserved.status()).isEqualTo(404);
            assertThat(unserved.contentType()).startsWith("application/problem+json");
        }
        for (String path : List.of("/engine-rest/../api/subscriptions", "/netbox/../api/subscriptions",
                "/engine-rest//process-definition", "/engine-rest/process-definition;x=1")) {
            var refused = api().get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void engineRestAndTheSimulatorAnswerWithTheSecurityHeaders() throws IOException, InterruptedException {
        Map<String, String> authorizations = Map.of("/engine-rest/process-definition", basic(DEMO_USER, DEMO_PASSWORD),
                "/netbox/api/status/", "Token " + SimulatorProperties.DEMO_TOKEN);
        for (Map.Entry<String, String> call : authorizations.entrySet()) {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + call.getKey()))
                    .header("Authorization", call.getValue()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(call.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(call.getKey()).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(call.getKey()).hasValue("DENY");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
