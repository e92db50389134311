package org.netorch.cluster;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What lets several nodes share one database: the engine's schema work and our migrations take turns. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    SchemaLock schemaLock(DataSource dataSource) {
        return new SchemaLock(dataSource);
    }

    @Bean
    SchemaLockPlugin schemaLockPlugin(SchemaLock schemaLock) {
        return new SchemaLockPlugin(schemaLock);
    }

    @Bean
    FlywayMigrationStrategy lockedMigration(SchemaLock schemaLock) {
        return flyway -> schemaLock.exclusively(flyway::migrate);
    }
}
