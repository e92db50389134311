package org.netorch;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds its entity manager factory on a thread of its own while the main thread goes on to build the
 * engine; Flyway has migrated before (under the schema lock), and the repositories, initialised at the end of start-up
 * ({@code bootstrap-mode: deferred}), wait for the factory, so a mapping error still stops the app from starting.
 */
@Configuration(proxyBeanMethods = false)
class JpaBootstrapConfiguration {

    @Bean
    EntityManagerFactoryBuilderCustomizer entityManagerFactoryBuiltAside() {
        SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("jpa-bootstrap-");
        thread.setDaemon(true);
        return builder -> builder.setBootstrapExecutor(thread);
    }
}
