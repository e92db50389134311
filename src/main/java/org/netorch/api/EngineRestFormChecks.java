package org.netorch.api;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.netorch.process.shared.FormCheckException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} answers the caller's mistakes with 400 and the reason, where Camunda would wrap them in a 500
 * and log a server error with its stack trace: a task completion our form check refused (logged as a warning), and a
 * variable sent as a serialized Java object, which the engine does not take.
 */
@Component
class EngineRestFormChecks implements ResourceConfigCustomizer {

    private static final Logger log = LoggerFactory.getLogger(EngineRestFormChecks.class);
    /** The engine's code for a variable in Java's serialization format, which it refuses (the message names it). */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new FormCheckMapper());
        config.register(new EngineRefusalMapper());
    }

    /** Preferred over Camunda's mapper of the same exception type by its priority. */
    @Priority(1)
    static class FormCheckMapper implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            return badRequest(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
        }
    }

    /** The same for an engine exception that reaches the REST layer unwrapped. */
    @Priority(1)
    static class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return badRequest(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
        }
    }

    private static Optional<Response> badRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormCheckException refusal) {
                log.warn("Task completion refused over /engine-rest: {}", refusal.getMessage());
                return Optional.of(badRequestWith(refusal));
            }
            if (cause instanceof ProcessEngineException refusal && refusal.getMessage() != null
                    && refusal.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
                return Optional.of(badRequestWith(refusal));
            }
        }
        return Optional.empty();
    }

    private static Response badRequestWith(ProcessEngineException refusal) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ExceptionHandlerHelper.getInstance().fromException(refusal)).build();
    }
}
