package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * HTTP Basic logins remembered for a short time to live (5 s here), shared by our API and {@code /engine-rest}: a
 * changed password still lets the old one in until then, never after; a missing or wrong password is refused every
 * time with Camunda's challenge.
 */
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=" + LoginCacheIT.ENGINE,
        "orchestrator.security.login-cache.time-to-live=" + LoginCacheIT.TIME_TO_LIVE_SECONDS + "s"})
class LoginCacheIT extends AppIntegrationTest {

    /** Its own engine, addressed by name, as in RoleMatrixIT: {@code /engine-rest} must reach this context's. */
    static final String ENGINE = "logincache";
    static final String DEFINITIONS = "/engine-rest/engine/" + ENGINE + "/process-definition";
    static final long TIME_TO_LIVE_SECONDS = 5;

    @Autowired
    IdentityService identityService;

    @Test
    void engineRestAnswers401WithTheBasicChallengeWithoutCredentialsAndWithAWrongPassword() {
        assertThat(api().get(DEFINITIONS).status()).isEqualTo(200);

        for (Response refused : List.of(anonymous().get(DEFINITIONS),
                api().as(DEMO_USER, "not-the-password").get(DEFINITIONS),
                api().as(DEMO_USER, DEMO_PASSWORD + " ").get(DEFINITIONS))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.challenge()).isEqualTo("Basic realm=\"" + ENGINE + "\"");
        }
        assertThat(anonymous().get("/engine-rest/engine").status()).as("the engine listing stays open").isEqualTo(200);
    }

    @Test
    void anOldPasswordIsRefusedOnceTheTimeToLiveHasPassedSinceItsLastCheck() throws InterruptedException {
        createViewer("changer", "old-password");
        ApiClient old = api().as("changer", "old-password");
        ApiClient renewed = api().as("changer", "new-password");
        assertThat(old.get("/api/subscriptions").status()).isEqualTo(200);
        Instant checked = Instant.now();

        changePassword("changer", "new-password");

        // remembered by our API's check, taken again by /engine-rest without asking Camunda
        assertThat(old.get(DEFINITIONS).status()).isEqualTo(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(),
                checked.plusSeconds(TIME_TO_LIVE_SECONDS).plusMillis(200)).toMillis()));
        assertThat(old.get(DEFINITIONS).status()).isEqualTo(401);
        assertThat(old.get("/api/subscriptions").status()).isEqualTo(401);
        assertThat(renewed.get(DEFINITIONS).status()).isEqualTo(200);
        assertThat(renewed.get("/api/subscriptions").status()).isEqualTo(200);
    }

    private void createViewer(String id, String password) {
        User user = identityService.newUser(id);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, RoleGroups.VIEWERS);
    }

    private void changePassword(String id, String password) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        user.setPassword(password);
        identityService.saveUser(user);
    }
}
