package org.netorch.security;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * HTTP Basic for {@code /engine-rest} through {@link CamundaCredentials}, our API's check: a repeat request is taken
 * from its cache, and the caller's groups and tenants come with the answer, so Camunda's filter queries nothing more.
 * The challenge stays Camunda's. Another engine of the JVM (only tests run several) is checked by Camunda's own code.
 */
class EngineRestBasicAuthentication extends HttpBasicAuthenticationProvider {

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final ProcessEngine engine;
    private final CamundaCredentials credentials;

    EngineRestBasicAuthentication(ProcessEngine engine, CamundaCredentials credentials) {
        this.engine = engine;
        this.credentials = credentials;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine addressed) {
        if (addressed != engine) {
            return super.extractAuthenticatedUser(request, addressed);
        }
        UsernamePasswordAuthenticationToken given;
        try {
            given = BASIC.convert(request);
        } catch (AuthenticationException malformed) {
            return AuthenticationResult.unsuccessful();
        }
        if (given == null) {
            return AuthenticationResult.unsuccessful();
        }
        return credentials.verify(given.getName(), given.getCredentials().toString())
                .map(EngineRestBasicAuthentication::successful)
                .orElseGet(() -> AuthenticationResult.unsuccessful(given.getName()));
    }

    private static AuthenticationResult successful(VerifiedUser user) {
        AuthenticationResult result = AuthenticationResult.successful(user.id());
        result.setGroups(user.groups());
        result.setTenants(user.tenants());
        return result;
    }
}
