package org.netorch.security;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Cockpit plugin call our API as the user logged in to the Camunda webapps, with that user's groups. A
 * request that changes something must carry the webapps' CSRF token, since a session cookie alone proves nothing
 * about who sent the request.
 */
class CockpitSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final List<String> SAFE_METHODS = List.of("GET", "HEAD", "OPTIONS");

    private final String engineName;
    private final RoleGroups roleGroups;

    CockpitSessionAuthenticationFilter(String engineName, RoleGroups roleGroups) {
        this.engineName = engineName;
        this.roleGroups = roleGroups;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader("Authorization") == null
                && SecurityContextHolder.getContext().getAuthentication() == null && csrfSafe(request, session)) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
                    && user.getIdentityId() != null) {
                List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
                List<SimpleGrantedAuthority> roles = roleGroups.rolesOf(groups).stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated(new CamundaUser(user.getIdentityId(), groups), null, roles));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean csrfSafe(HttpServletRequest request, HttpSession session) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return expected != null && Objects.equals(expected.toString(),
                request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }
}
