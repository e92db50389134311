package org.netorch.netboxsim;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * The simulator's state: every object in memory per kind, written through to its own H2 database.
 * One lock serializes all access, as NetBox serializes allocations with an advisory lock. A write that fails halfway
 * is undone by reloading from the database, which only ever sees whole writes.
 */
class SimulatorStore implements AutoCloseable {

    private record Key(Kind kind, long id) {
    }

    private final HikariDataSource dataSource;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Kind, TreeMap<Long, SimObject>> objects = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> lastIds = new EnumMap<>(Kind.class);
    private final Set<Key> dirty = new LinkedHashSet<>();
    private final Set<Key> deleted = new LinkedHashSet<>();
    private boolean cleared;

    SimulatorStore(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(keepInMemoryDatabaseOpen(jdbcUrl));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(1);
        config.setPoolName("netbox-simulator");
        dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/simulator")
                    .table("sim_schema_history")
                    .load()
                    .migrate();
            load();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    // an in-memory H2 database disappears with its last connection; the pool may recycle all of them
    private static String keepInMemoryDatabaseOpen(String jdbcUrl) {
        boolean inMemory = jdbcUrl.startsWith("jdbc:h2:mem:");
        return inMemory && !jdbcUrl.toUpperCase().contains("DB_CLOSE_DELAY") ? jdbcUrl + ";DB_CLOSE_DELAY=-1" : jdbcUrl;
    }

    /** Runs a read under the store lock, so it never sees a write halfway. */
    <R> R read(Supplier<R> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs a write under the store lock and persists all of it, or none of it when it throws. */
    <R> R write(Supplier<R> action) {
        lock.lock();
        try {
            R result;
            try {
                result = action.get();
                flush();
            } catch (RuntimeException e) {
                discardPending();
                load();
                throw e;
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    <T extends SimObject> Optional<T> find(Kind kind, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable((T) table(kind).get(id));
    }

    <T extends SimObject> T get(Kind kind, long id) {
        return this.<T>find(kind, id).orElseThrow(() -> NetBoxApiError.notFound(kind));
    }

    /** Every object of the kind in id order, as a live read-only view: collect it first to delete while walking. */
    @SuppressWarnings("unchecked")
    <T extends SimObject> Collection<T> all(Kind kind) {
        return Collections.unmodifiableCollection((Collection<T>) table(kind).values());
    }

    boolean isEmpty() {
        return read(() -> objects.values().stream().allMatch(Map::isEmpty));
    }

    <T extends SimObject> T insert(Kind kind, T object) {
        long id = lastIds.getOrDefault(kind, 0L) + 1;
        lastIds.put(kind, id);
        object.id = id;
        object.created = now();
        object.lastUpdated = object.created;
        table(kind).put(id, object);
        dirty.add(new Key(kind, id));
        return object;
    }

    <T extends SimObject> T update(Kind kind, T object) {
        object.lastUpdated = now();
        dirty.add(new Key(kind, object.id));
        return object;
    }

    void delete(Kind kind, long id) {
        table(kind).remove(id);
        Key key = new Key(kind, id);
        dirty.remove(key);
        deleted.add(key);
    }

    /** Drops every object and restarts every id sequence; the caller runs it inside {@link #write}. */
    void clear() {
        objects.clear();
        lastIds.clear();
        dirty.clear();
        deleted.clear();
        cleared = true;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private TreeMap<Long, SimObject> table(Kind kind) {
        return objects.computeIfAbsent(kind, k -> new TreeMap<>());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void discardPending() {
        dirty.clear();
        deleted.clear();
        cleared = false;
    }

    private void flush() {
        if (dirty.isEmpty() && deleted.isEmpty() && !cleared) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                writePending(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not persist the NetBox simulator's state", e);
        } finally {
            discardPending();
        }
    }

    private void writePending(Connection connection) throws SQLException {
        if (cleared) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from sim_object");
                statement.executeUpdate("delete from sim_sequence");
            }
        }
        try (PreparedStatement remove = connection.prepareStatement("delete from sim_object where kind = ? and id = ?")) {
            for (Key key : deleted) {
                remove.setString(1, key.kind().name());
                remove.setLong(2, key.id());
                remove.addBatch();
            }
            remove.executeBatch();
        }
        try (PreparedStatement save = connection.prepareStatement(
                "merge into sim_object (kind, id, body) key (kind, id) values (?, ?, ?)")) {
            for (Key key : dirty) {
                save.setString(1, key.kind().name());
                save.setLong(2, key.id());
                save.setString(3, toJson(table(key.kind()).get(key.id())));
                save.addBatch();
            }
            save.executeBatch();
        }
        try (PreparedStatement sequence = connection.prepareStatement(
                "merge into sim_sequence (kind, last_id) key (kind) values (?, ?)")) {
            for (Map.Entry<Kind, Long> entry : lastIds.entrySet()) {
                sequence.setString(1, entry.getKey().name());
                sequence.setLong(2, entry.getValue());
                sequence.addBatch();
            }
            sequence.executeBatch();
        }
    }

    private void load() {
        objects.clear();
        lastIds.clear();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select kind, id, body from sim_object")) {
                while (rows.next()) {
                    Kind kind = Kind.valueOf(rows.getString(1));
                    table(kind).put(rows.getLong(2), json.readValue(rows.getString(3), kind.type));
                }
            }
            try (ResultSet rows = statement.executeQuery("select kind, last_id from sim_sequence")) {
                while (rows.next()) {
                    lastIds.put(Kind.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not load the NetBox simulator's state", e);
        }
    }

    private String toJson(SimObject object) {
        try {
            return json.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialize " + object.getClass().getSimpleName(), e);
        }
    }

    /** Attribute lookup for writes that name a related object by a dict, e.g. {@code {"slug": "location-1"}}. */
    String attribute(SimObject object, String name) {
        var value = json.valueToTree(object).get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
