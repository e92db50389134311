package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SimulatorSwitchTest {

    @Configuration
    static class Switched {
        @Bean
        @ConditionalOnSimulator
        String simulator() {
            return "on";
        }

        @Bean
        @ConditionalOnSimulatorFaults
        Integer faults() {
            return 1;
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Switched.class);

    @Test
    void runsInDemoModeWhenNoNetBoxIsConfigured() {
        context.run(app -> assertThat(app).hasBean("simulator").doesNotHaveBean("faults"));
        context.withPropertyValues("netbox.url=").run(app -> assertThat(app).hasBean("simulator"));
    }

    @Test
    void staysOffNextToARealNetBoxUnlessForcedOn() {
        context.withPropertyValues("netbox.url=https://netbox.example.com")
                .run(app -> assertThat(app).doesNotHaveBean("simulator"));
        context.withPropertyValues("netbox.url=https://netbox.example.com", "netbox.simulator.enabled=true")
                .run(app -> assertThat(app).hasBean("simulator"));
        context.withPropertyValues("netbox.simulator.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean("simulator"));
    }

    @Test
    void exposesFaultsOnlyWhenAskedTo() {
        context.withPropertyValues("netbox.simulator.faults-enabled=true")
                .run(app -> assertThat(app).hasBean("faults"));
        context.withPropertyValues("netbox.simulator.faults-enabled=true", "netbox.simulator.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean("faults"));
    }
}
