package org.netorch.netboxsim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the simulator's controllers, in the bodies NetBox (Django REST framework) gives. */
@RestControllerAdvice(basePackageClasses = SimulatorExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnSimulator
class SimulatorExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SimulatorExceptionHandler.class);

    @ExceptionHandler(NetBoxApiError.class)
    ResponseEntity<Object> netBoxError(NetBoxApiError error) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(error.status).contentType(MediaType.APPLICATION_JSON);
        if (error.etag != null) {
            answer.eTag(error.etag);
        }
        return answer.body(error.body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> malformedJson(HttpMessageNotReadableException error) {
        String cause = error.getMostSpecificCause().getMessage();
        String firstLine = cause == null ? "invalid JSON" : cause.lines().findFirst().orElse(cause);
        return json(400, Map.of("detail", "JSON parse error - " + firstLine));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> unsupportedMediaType(HttpMediaTypeNotSupportedException error) {
        return json(415, Map.of("detail", "Unsupported media type \"" + error.getContentType() + "\" in request."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> methodNotAllowed(HttpRequestMethodNotSupportedException error) {
        return json(405, Map.of("detail", "Method \"" + error.getMethod() + "\" not allowed."));
    }

    // NetBox's own handler for unhandled errors; without it the servlet error page would answer instead
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException error) {
        log.error("NetBox simulator failed on a request", error);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", String.valueOf(error.getMessage()));
        body.put("exception", error.getClass().getSimpleName());
        body.put("netbox_version", SimulatorHttpFilter.NETBOX_VERSION);
        body.put("python_version", "3.12.3");
        return json(500, body);
    }

    private static ResponseEntity<Object> json(int status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
