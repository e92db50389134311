package org.netorch.netboxsim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What NetBox does around every API view: version and request-id headers, token authentication (403, never 401),
 * and here also the request journal and the injected faults.
 */
class SimulatorHttpFilter extends OncePerRequestFilter {

    static final String API_PREFIX = "/netbox/api/";
    static final String ADMIN_PREFIX = "/netbox/_sim/";
    static final String NETBOX_VERSION = "4.6.8";

    private final TokenCheck tokens;
    private final SimulatorFaults faults;
    private final SimulatorJournal journal;

    /** @param faults and journal may be null: fault injection is switched off */
    SimulatorHttpFilter(TokenCheck tokens, SimulatorFaults faults, SimulatorJournal journal) {
        this.tokens = tokens;
        this.faults = faults;
        this.journal = journal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/netbox".length());
        boolean api = path.startsWith("/api/");
        response.setHeader("API-Version", "4.6");
        response.setHeader("X-Request-ID", UUID.randomUUID().toString());
        try {
            Optional<String> rejection = tokens.rejection(request.getHeader("Authorization"));
            if (rejection.isPresent()) {
                writeJson(response, 403, "{\"detail\": " + quoted(rejection.get()) + "}");
                return;
            }
            Optional<SimulatedFault> fault = api && faults != null
                    ? faults.take(request.getMethod(), path) : Optional.empty();
            if (fault.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            switch (fault.get().mode()) {
                case FAIL -> writeFault(response, fault.get().status());
                case DELAY -> {
                    pause(fault.get());
                    chain.doFilter(request, response);
                }
                case APPLY_THEN_FAIL -> {
                    ContentCachingResponseWrapper swallowed = new ContentCachingResponseWrapper(response);
                    chain.doFilter(request, swallowed);
                    response.resetBuffer();
                    writeFault(response, fault.get().status());
                }
            }
        } finally {
            if (api && journal != null) {
                journal.record(new JournalEntry(request.getMethod(), path, request.getQueryString(),
                        response.getStatus(), Instant.now()));
            }
        }
    }

    private static void pause(SimulatedFault fault) throws IOException {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while delaying a simulated slow response", e);
        }
    }

    /** 500 as NetBox's own error handler renders it; gateway errors as a proxy in front of NetBox would. */
    private static void writeFault(HttpServletResponse response, int status) throws IOException {
        if (status == 500) {
            writeJson(response, 500, "{\"error\": \"Simulated fault injected by the NetBox simulator\", "
                    + "\"exception\": \"OperationalError\", \"netbox_version\": \"" + NETBOX_VERSION + "\", "
                    + "\"python_version\": \"3.12.3\"}");
        } else if (status == 429 || status >= 502) {
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write((status + " " + reason(status) + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            writeJson(response, status, "{\"detail\": \"Simulated fault (" + status + ")\"}");
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }

    private static void writeJson(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
