package org.netorch.process.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FormCheckLogFilterInstallerTest {

    @Test
    void theFilterIsInLogbackOnceHoweverOftenTheAppConfiguresLogging() {
        var logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.resetTurboFilterList();

        FormCheckLogFilterInstaller.install();
        FormCheckLogFilterInstaller.install();

        assertThat(logback.getTurboFilterList()).filteredOn(FormCheckLogFilter.class::isInstance).hasSize(1)
                .allMatch(filter -> filter.isStarted());
    }
}
