package org.netorch.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

/** Workflow meters and engine gauges, served with everything else at {@code /actuator/prometheus}. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Camunda's starter hands the one HistoryEventHandler bean to the engine, beside its own history writer. */
    @Bean
    WorkflowMeters workflowMeters(MeterRegistry registry) {
        return new WorkflowMeters(registry);
    }

    // the engine services exist only once the engine is built, and the engine is built after its plugins
    @Bean
    EngineGauges engineGauges(@Lazy RuntimeService runtime, @Lazy ManagementService management,
            @Lazy IdentityService identity, JdbcTemplate jdbc) {
        return new EngineGauges(runtime, management, identity, jdbc, Clock.systemUTC());
    }
}
