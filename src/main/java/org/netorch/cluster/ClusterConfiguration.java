package org.netorch.cluster;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What lets several nodes share one database: the engine's schema work and our migrations take turns, and each node's
 * heartbeat lets the others take over its jobs when it dies.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    NodeIdentity nodeIdentity() {
        return NodeIdentity.ofThisProcess();
    }

    @Bean
    LockOwnerPlugin lockOwnerPlugin(NodeIdentity node) {
        return new LockOwnerPlugin(node);
    }

    @Bean
    NodeHeartbeat nodeHeartbeat(NodeIdentity node, JdbcTemplate jdbc, TransactionTemplate transaction,
            ClusterProperties properties, ProcessEngine engine) {
        return new NodeHeartbeat(node, new Heartbeats(jdbc, transaction), properties, engine);
    }

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
