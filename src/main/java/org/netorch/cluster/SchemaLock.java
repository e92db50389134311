package org.netorch.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One node at a time creates or migrates the schema: on PostgreSQL a session advisory lock, held on a connection of
 * its own until the work (and its commit) is done, so nodes starting together on an empty database queue up
 * instead of creating the same tables at once. Other databases (the embedded H2) serve one node and need no lock.
 */
class SchemaLock {

    /** Any fixed number shared by every node; ours spells "netorch". */
    static final long KEY = 0x6e65746f726368L;

    private final DataSource dataSource;

    SchemaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T exclusively(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                return work.get();
            }
            call(connection, "select pg_advisory_lock(?)");
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the schema lock on the database", e);
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
