package org.netorch.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

public class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(
                "A real NetBox is configured (NETBOX_URL), so there is no demo user and no default password.",
                "Set ORCHESTRATOR_ADMIN_PASSWORD (and optionally ORCHESTRATOR_ADMIN_USER, default 'admin') in the "
                        + "environment, or unset NETBOX_URL to run the demo with the built-in NetBox simulator.",
                cause);
    }
}
