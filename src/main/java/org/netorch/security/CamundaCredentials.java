package org.netorch.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * The one password check of HTTP Basic, for our API and {@code /engine-rest} alike: Camunda's identity service says
 * whether user and password match and which groups and tenants the user has, and a success is taken again from the
 * {@link LoginCache} for its time to live.
 */
class CamundaCredentials {

    private final IdentityService identityService;
    private final LoginCache cache;

    CamundaCredentials(IdentityService identityService, LoginCache cache) {
        this.identityService = identityService;
        this.cache = cache;
    }

    Optional<VerifiedUser> verify(String user, String password) {
        Optional<VerifiedUser> remembered = cache.find(user, password);
        if (remembered.isPresent()) {
            return remembered;
        }
        if (!identityService.checkPassword(user, password)) {
            return Optional.empty();
        }
        VerifiedUser verified = new VerifiedUser(user, groupsOf(user), tenantsOf(user));
        cache.remember(user, password, verified);
        return Optional.of(verified);
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** Tenants of the user and of the user's groups, as Camunda's own Basic filter gives them to the engine. */
    private List<String> tenantsOf(String user) {
        return identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .toList();
    }
}
