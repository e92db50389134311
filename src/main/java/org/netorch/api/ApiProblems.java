package org.netorch.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.ProcessConflictException;
import org.netorch.process.operations.ProcessNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of our API is application/problem+json; a bad parameter is a 400 that names it. */
@RestControllerAdvice(basePackages = "org.netorch.api")
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

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e, HttpServletRequest request) {
        return conflictProblem("the process changed while this request ran; look at it again and retry", request);
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
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed on the server; the server log has the details");
        problem.setTitle("Internal error");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
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
