package org.netorch.netboxsim;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the simulator. Its database and Flyway stay inside {@link SimulatorStore} on purpose: a DataSource or Flyway
 * bean here would switch off Spring Boot's auto-configuration of the application's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulator
class SimulatorConfiguration {

    @Bean(destroyMethod = "close")
    SimulatorStore simulatorStore(SimulatorProperties properties) {
        return new SimulatorStore(properties.storeUrl());
    }

    @Bean
    Handlers simulatorHandlers(SimulatorStore store) {
        return new Handlers(store);
    }

    @Bean
    ObjectService simulatorObjectService(SimulatorStore store, Handlers handlers) {
        return new ObjectService(store, handlers);
    }

    @Bean
    Allocations simulatorAllocations(SimulatorStore store, Handlers handlers) {
        return new Allocations(store, handlers);
    }

    @Bean
    VlanAllocations simulatorVlanAllocations(SimulatorStore store, Handlers handlers) {
        return new VlanAllocations(store, handlers);
    }

    @Bean
    FilterRegistrationBean<SimulatorHttpFilter> simulatorHttpFilter(SimulatorProperties properties,
            org.springframework.beans.factory.ObjectProvider<SimulatorFaults> faults,
            org.springframework.beans.factory.ObjectProvider<SimulatorJournal> journal) {
        FilterRegistrationBean<SimulatorHttpFilter> registration = new FilterRegistrationBean<>(
                new SimulatorHttpFilter(new TokenCheck(properties.token()), faults.getIfAvailable(),
                        journal.getIfAvailable()));
        registration.addUrlPatterns(SimulatorHttpFilter.API_PREFIX + "*", SimulatorHttpFilter.ADMIN_PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
