package org.netorch.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an unauthenticated API call with 401, a Basic challenge and a problem+json body. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper objectMapper;

    ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"network-orchestrator\"");
        Problems.write(response, objectMapper, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "Authentication required: use HTTP Basic with a Tasklist/Cockpit user", request.getRequestURI());
    }
}
