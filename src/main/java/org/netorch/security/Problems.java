package org.netorch.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes a problem+json answer from a filter, where no controller advice reaches. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status, String title,
            String detail, String instance) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException unparsable) {
                // a refused path may not even be a URI; the answer still goes out without it
            }
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
