package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The password check against a real engine's users: what it remembers, for how long, and what it never does. */
class CamundaCredentialsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final MutableClock clock = new MutableClock();
    private IdentityService identity;
    private CamundaCredentials credentials;
    private int loginDelayBase;

    @BeforeEach
    void aliceAnOperatorOfTheEasternTenant() {
        // as in application.yml: no per-user delay after a failed login, which would refuse even the right password
        loginDelayBase = engine.getProcessEngineConfiguration().getLoginDelayBase();
        engine.getProcessEngineConfiguration().setLoginDelayBase(0);
        identity = engine.getIdentityService();
        User alice = identity.newUser("alice");
        alice.setPassword("first-password");
        identity.saveUser(alice);
        identity.saveGroup(identity.newGroup("operators"));
        identity.createMembership("alice", "operators");
        identity.saveTenant(identity.newTenant("east"));
        identity.createTenantGroupMembership("east", "operators");
        credentials = new CamundaCredentials(identity, new LoginCache(Duration.ofSeconds(10), clock));
    }

    @AfterEach
    void removeAlice() {
        engine.getProcessEngineConfiguration().setLoginDelayBase(loginDelayBase);
        identity.deleteTenant("east");
        identity.deleteGroup("operators");
        identity.deleteUser("alice");
    }

    @Test
    void theRightPasswordGivesTheUserWithTheGroupsAndTenantsOfCamunda() {
        assertThat(credentials.verify("alice", "first-password"))
                .contains(new VerifiedUser("alice", List.of("operators"), List.of("east")));
    }

    @Test
    void aWrongPasswordIsRefusedRightAfterTheRightOneWasTaken() {
        assertThat(credentials.verify("alice", "first-password")).isPresent();

        assertThat(credentials.verify("alice", "second-password")).isEmpty();
        assertThat(credentials.verify("alice", "")).isEmpty();
    }

    @Test
    void aSuccessIsTakenAgainWithoutCamundaUntilItsTimeToLiveEnds() {
        assertThat(credentials.verify("alice", "first-password")).isPresent();
        changePassword("alice", "second-password");
        identity.deleteMembership("alice", "operators");

        clock.advance(Duration.ofSeconds(9));
        assertThat(credentials.verify("alice", "first-password")).map(VerifiedUser::groups)
                .contains(List.of("operators"));

        clock.advance(Duration.ofSeconds(1));
        assertThat(credentials.verify("alice", "first-password")).isEmpty();
        assertThat(credentials.verify("alice", "second-password")).map(VerifiedUser::groups).contains(List.of());
    }

    @Test
    void aFailureIsNotRememberedSoANewPasswordWorksAtOnce() {
        assertThat(credentials.verify("alice", "second-password")).isEmpty();

        changePassword("alice", "second-password");

        assertThat(credentials.verify("alice", "second-password")).isPresent();
    }

    private void changePassword(String user, String password) {
        User stored = identity.createUserQuery().userId(user).singleResult();
        stored.setPassword(password);
        identity.saveUser(stored);
    }
}
