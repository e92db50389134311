package org.netorch.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.netorch.process.shared.FormCheckException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} answers a task completion our form check refused with 400 and the check's message, logged as a
 * warning; Camunda would wrap it in a 500 and log it as a server error with its stack trace.
 */
@Component
class EngineRestFormChecks implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new FormCheckMapper());
    }

    /** Preferred over Camunda's mapper of the same exception type by its priority. */
    @Priority(1)
    static class FormCheckMapper implements ExceptionMapper<RestException> {

        private static final Logger log = LoggerFactory.getLogger(EngineRestFormChecks.class);

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormCheckException refusal) {
                    log.warn("Task completion refused over /engine-rest: {}", refusal.getMessage());
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(ExceptionHandlerHelper.getInstance().fromException(refusal)).build();
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
