package org.netorch.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unclear operating mode into a start-up report that says which setting to add or remove. */
public class OperatingModeFailureAnalyzer extends AbstractFailureAnalyzer<OperatingModeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OperatingModeException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
