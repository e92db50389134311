package org.netorch.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of every password check (HTTP Basic on our API and {@code /engine-rest}, the webapps' login form):
 * a client address with too many recent failures gets 429 before its password is looked at.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private final LoginThrottle throttle;
    private final ObjectMapper objectMapper;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isLoginAttempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            refuse(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value() && throttle.recordFailure(address)) {
            log.warn("Too many failed logins from {}: its logins are refused (429) until its window ends", address);
        }
    }

    private static boolean isLoginAttempt(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(response, objectMapper, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                "Too many failed logins from this address; try again in " + seconds + " s", request.getRequestURI());
    }
}
