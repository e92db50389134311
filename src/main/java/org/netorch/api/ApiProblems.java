package org.netorch.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.NetBoxUnavailableException;
import org.netorch.process.operations.ProcessConflictException;
import org.netorch.process.operations.ProcessNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API is application/problem+json; a bad parameter is a 400 that names it. It also answers what
 * fails before any controller is chosen (unknown path, wrong method), hence no package restriction; the simulator's
 * own advice goes first for its paths.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        return parameterProblem(e.parameter(), e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        return parameterProblem(e.getName(),
                "'" + e.getValue() + "' is not " + expected, request);
    }

    @ExceptionHandler({NotFoundException.class, ProcessNotFoundException.class})
    ProblemDetail notFound(RuntimeException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @ExceptionHandler(ProcessConflictException.class)
    ProblemDetail conflict(ProcessConflictException e, HttpServletRequest request) {
        return conflictProblem(e.getMessage(), request);
    }

    @ExceptionHandler({OptimisticLockingException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail concurrentChange(RuntimeException e, HttpServletRequest request) {
        return conflictProblem("the process or subscription changed while this request ran; look at it again and "
                + "retry", request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return conflictProblem("another request claimed the same thing first; look at it again and retry", request);
    }

    @ExceptionHandler(NetBoxUnavailableException.class)
    ResponseEntity<ProblemDetail> netBoxUnavailable(NetBoxUnavailableException e, HttpServletRequest request) {
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; nothing was changed, try again later");
        problem.setTitle("NetBox unavailable");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("netbox_call", e.call());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        return inputProblem(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, e.field(), e.reason(),
                request);
    }

    @ExceptionHandler(FormCheckException.class)
    ProblemDetail formCheck(FormCheckException e, HttpServletRequest request) {
        String prefix = e.field() + ": ";
        String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return inputProblem(HttpStatus.BAD_REQUEST, e.field(), reason, request);
    }

    // a role below what the call needs (checked here), or an engine authorization the user lacks
    @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
    ProblemDetail forbidden(RuntimeException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role does not allow this: viewers read, operators also start, complete, retry, abort and "
                        + "resync");
        problem.setTitle("Forbidden");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        // the engine wraps what its listeners and the store throw: answer the cause as if it came alone
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FormCheckException refusal) {
                return formCheck(refusal, request);
            }
            if (cause instanceof OptimisticLockingException || cause instanceof ObjectOptimisticLockingFailureException) {
                return concurrentChange((RuntimeException) cause, request);
            }
            if (cause instanceof DataIntegrityViolationException duplicate) {
                return duplicate(duplicate, request);
            }
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed on the server; the server log has the details");
        problem.setTitle("Internal error");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** A path variable that converts to nothing, such as a blank id. */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getVariableName() + ": must not be blank");
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", e.getVariableName());
        problem.setProperty("reason", "must not be blank");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail parameterProblem(String parameter, String reason, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + reason);
        problem.setTitle("Invalid request parameter");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("parameter", parameter);
        problem.setProperty("reason", reason);
        return problem;
    }

    private static ProblemDetail conflictProblem(String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ProblemDetail inputProblem(HttpStatus status, String field, String reason,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + reason);
        problem.setTitle(status == HttpStatus.CONFLICT ? "Input conflicts with the current state" : "Invalid input");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("field", field);
        problem.setProperty("reason", reason);
        return problem;
    }

    private static String describe(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        return "a valid " + type.getSimpleName();
    }
}
