package org.netorch.security;

import jakarta.servlet.FilterConfig;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Camunda's Basic filter for {@code /engine-rest}, unchanged in what a caller sees (401 with the Basic challenge, the
 * engine listing open, the caller's identity set in the engine for the request and cleared after), with two costs
 * taken out of every request: the addressed engine is found without a ServiceLoader scan of the class path, and the
 * credentials go through {@link EngineRestBasicAuthentication}.
 */
class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    /** What Camunda's resources ask for the addressed engine, loaded once instead of for every request. */
    private final ProcessEngineProvider engines = EngineUtil.getProcessEngineProvider();

    EngineRestAuthenticationFilter(ProcessEngine engine, CamundaCredentials credentials) {
        authenticationProvider = new EngineRestBasicAuthentication(engine, credentials);
    }

    /** The provider comes with the constructor; only the optional path prefix comes from the registration. */
    @Override
    public void init(FilterConfig config) {
        servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
    }

    /**
     * The engine Camunda's resources will answer with (by name, {@code default} when the path names none), so the
     * identity is set where the request's authorizations are checked.
     */
    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engines.getProcessEngine(engineName);
    }
}
