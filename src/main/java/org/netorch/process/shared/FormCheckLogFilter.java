package org.netorch.process.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops the engine's ERROR with stack trace for a command that failed only because a form check refused a user's
 * input: the answer (400 or Tasklist's message) and one WARN line say all there is to say.
 */
public class FormCheckLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable failure) {
        if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable logged = failure != null ? failure : lastThrowable(params);
        for (Throwable cause = logged; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormCheckException) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    // SLF4J passes the exception as the last argument when the message has no placeholder for it
    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
