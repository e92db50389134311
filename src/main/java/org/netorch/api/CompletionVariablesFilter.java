package org.netorch.api;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.netorch.process.operations.CompletionVariables;
import org.netorch.process.shared.FormCheckException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task completion over Camunda's REST APIs ({@code /engine-rest} and the one Tasklist calls) may carry only the
 * fields of the task's form: any other variable is a 400 naming it, in Camunda's error shape so Tasklist shows the
 * message, before the engine sets anything. A BPMN error or escalation thrown from a task carries variables too and is
 * held to the same rule. Mapped to the engine APIs' servlets, so it runs after every path-mapped filter, the ones that
 * tell the engine who the caller is among them.
 */
class CompletionVariablesFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CompletionVariablesFilter.class);
    /** The path inside either servlet: an optional engine name, the task, what is done to it. */
    private static final Pattern COMPLETION = Pattern.compile(
            "(?:/engine/([^/]+))?/task/([^/]+)/(?:complete|submit-form|resolve|bpmnError|bpmnEscalation)/?");
    private static final String DEFAULT_ENGINE = "default";
    // Camunda's REST API reads bodies with a plain ObjectMapper; this one sees the same names it does
    private static final ObjectMapper BODIES = new ObjectMapper();

    private final CompletionVariables completionVariables;
    private final String engineName;
    private final ObjectMapper answers;

    CompletionVariablesFilter(CompletionVariables completionVariables, String engineName, ObjectMapper answers) {
        this.completionVariables = completionVariables;
        this.engineName = engineName;
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = "POST".equals(request.getMethod()) && request.getPathInfo() != null
                ? COMPLETION.matcher(request.getPathInfo()) : null;
        // another engine in the same JVM (only ever in tests) has its own forms; the engine answers for it
        if (completion == null || !completion.matches() || !engineName.equals(addressedEngine(completion))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        try {
            completionVariables.check(completion.group(2), variableNames(body));
        } catch (FormCheckException refusal) {
            log.warn("Task completion refused over {}: {}", request.getServletPath(), refusal.getMessage());
            refuse(response, refusal);
            return;
        } catch (InvalidRequestException unreadable) {
            refuse(response, unreadable);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    private static String addressedEngine(Matcher completion) {
        return completion.group(1) == null ? DEFAULT_ENGINE : completion.group(1);
    }

    /**
     * The names under {@code variables}. A body that is not JSON, or whose variables are not an object, is refused
     * here rather than left to a parser that might read it otherwise.
     */
    private static List<String> variableNames(byte[] body) {
        if (body.length == 0) {
            return List.of();
        }
        JsonNode json;
        try {
            json = BODIES.readTree(body);
        } catch (IOException e) {
            throw new InvalidRequestException(Status.BAD_REQUEST, "The request body is not JSON: "
                    + (e instanceof JacksonException parse ? parse.getOriginalMessage() : e.getMessage()));
        }
        JsonNode variables = json == null ? null : json.get("variables");
        if (variables == null || variables.isNull()) {
            return List.of();
        }
        if (!variables.isObject()) {
            throw new InvalidRequestException(Status.BAD_REQUEST,
                    "variables must be an object of variable names");
        }
        List<String> names = new ArrayList<>();
        variables.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void refuse(HttpServletResponse response, Exception refusal) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answers.writeValue(response.getOutputStream(), ExceptionHandlerHelper.getInstance().fromException(refusal));
    }

    /** The request with its body, already read here, to be read again by Camunda's resources. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            if (getCharacterEncoding() != null && Charset.isSupported(getCharacterEncoding())) {
                charset = Charset.forName(getCharacterEncoding());
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
