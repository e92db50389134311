package org.netorch.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's users, so the API has the same users as Tasklist, and turns the
 * user's Camunda groups into roles.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

    private final CamundaCredentials credentials;
    private final RoleGroups roleGroups;

    CamundaUserAuthenticationProvider(CamundaCredentials credentials, RoleGroups roleGroups) {
        this.credentials = credentials;
        this.roleGroups = roleGroups;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object given = authentication.getCredentials();
        String password = given == null ? "" : given.toString();
        VerifiedUser verified = credentials.verify(user, password)
                .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
        List<SimpleGrantedAuthority> roles = roleGroups.rolesOf(verified.groups()).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(new CamundaUser(verified.id(), verified.groups()),
                null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
