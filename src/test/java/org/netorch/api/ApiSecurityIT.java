package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
