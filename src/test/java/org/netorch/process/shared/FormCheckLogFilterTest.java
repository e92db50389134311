package org.netorch.process.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class FormCheckLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final FormCheckLogFilter filter = new FormCheckLogFilter();

    @Test
    void theEnginesErrorForARefusedFormIsDropped() {
        var wrapped = new ProcessEngineException("ENGINE-03051", new FormCheckException("config_applied", "tick it"));

        assertThat(decide(FormCheckLogFilter.ENGINE_CONTEXT_LOGGER, wrapped)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void everyOtherEngineErrorIsStillLogged() {
        var failure = new ProcessEngineException("ENGINE-03051", new IllegalStateException("broken"));

        assertThat(decide(FormCheckLogFilter.ENGINE_CONTEXT_LOGGER, failure)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.netorch.api.ApiProblems",
                new FormCheckException("config_applied", "tick it"))).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String loggerName, Throwable failure) {
        return filter.decide(null, context.getLogger(loggerName), Level.ERROR, "ENGINE-16004 {}",
                new Object[] {failure.getMessage(), failure}, null);
    }
}
