package org.netorch.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives each Spring test context a database of its own: an in-memory H2 by default, or, with
 * {@code -Dit.database=postgres}, a fresh PostgreSQL database that is dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String POSTGRES_SERVER = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":"
            + env("PGPORT", "5432") + "/";
    private static final String POSTGRES_ADMIN_URL = POSTGRES_SERVER + "postgres";

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String name = "netorch_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (usesPostgres()) {
            String user = env("PGUSER", "postgres");
            String password = env("PGPASSWORD", "");
            createPostgresDatabase(name, user, password);
            registry.add("spring.datasource.url", () -> POSTGRES_SERVER + name);
            registry.add("spring.datasource.username", () -> user);
            registry.add("spring.datasource.password", () -> password);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    /** A new, empty PostgreSQL database, dropped when this JVM exits; its JDBC URL. */
    public static String freshPostgresDatabase() {
        String name = "netorch_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createPostgresDatabase(name, postgresUser(), postgresPassword());
        return POSTGRES_SERVER + name;
    }

    public static String postgresUser() {
        return env("PGUSER", "postgres");
    }

    public static String postgresPassword() {
        return env("PGPASSWORD", "");
    }

    public static boolean usesPostgres() {
        return "postgres".equals(System.getProperty("it.database", "h2").toLowerCase(Locale.ROOT));
    }

    private static void createPostgresDatabase(String name, String user, String password) {
        execute("create database " + name, user, password);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute("drop database if exists " + name + " with (force)", user, password),
                "drop-" + name));
    }

    private static void execute(String sql, String user, String password) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_ADMIN_URL + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
