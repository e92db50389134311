package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;

/**
 * Each schema change that moves data is tested on a database the schema before it filled, on H2 and (with
 * {@code -Dit.database=postgres}) on PostgreSQL: the migrations run to the version before, rows are written as that
 * version's code wrote them, then the rest of the migrations run.
 */
class SubscriptionMigrationIT {

    private static final String NODE_PRODUCT = "6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2001";
    private static final String CIRCUIT_PRODUCT = "6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2002";

    private final UUID nodeA = UUID.randomUUID();
    private final UUID nodeB = UUID.randomUUID();
    private final UUID oldNode = UUID.randomUUID();
    private final UUID circuit = UUID.randomUUID();
    private final UUID oldCircuit = UUID.randomUUID();

    private String url;
    private String user;
    private String password;

    @BeforeEach
    void freshDatabase() {
        if (TestDatabase.usesPostgres()) {
            url = TestDatabase.freshPostgresDatabase();
            user = TestDatabase.postgresUser();
            password = TestDatabase.postgresPassword();
        } else {
            url = "jdbc:h2:mem:migration_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        }
    }

    @Test
    void claimsAndDependenciesMoveToTheirOwnTablesAndStillKeepAResourceToOneLiveSubscription() throws SQLException {
        migrate("6");
        execute(subscription(nodeA, NODE_PRODUCT, "ACTIVE"), subscription(nodeB, NODE_PRODUCT, "ACTIVE"),
                subscription(oldNode, NODE_PRODUCT, "TERMINATED"), subscription(circuit, CIRCUIT_PRODUCT, "ACTIVE"),
                subscription(oldCircuit, CIRCUIT_PRODUCT, "TERMINATED"),
                node(nodeA, 1, 1L), node(nodeB, 2, 2L), node(oldNode, 3, null),
                circuitBlock(circuit), circuitBlock(oldCircuit),
                endpoint(circuit, "A", 11, 11L, nodeA), endpoint(circuit, "B", 21, 21L, nodeB),
                endpoint(oldCircuit, "A", 12, null, nodeA), endpoint(oldCircuit, "B", 22, null, nodeB));

        migrate(null);

        assertThat(rows("select kind, resource_key, subscription_id, recorded_as from resource_claim "
                + "order by kind, resource_key")).containsExactly(
                        "device 1 " + nodeA + " node.enrolled_device_id",
                        "device 2 " + nodeB + " node.enrolled_device_id",
                        "interface 11 " + circuit + " circuit.endpoint_a.claimed_port_id",
                        "interface 21 " + circuit + " circuit.endpoint_b.claimed_port_id");
        assertThat(rows("select subscription_id, depends_on_id from subscription_dependency"))
                .containsExactlyInAnyOrder(circuit + " " + nodeA, circuit + " " + nodeB,
                        oldCircuit + " " + nodeA, oldCircuit + " " + nodeB);
        assertThatThrownBy(() -> execute("insert into resource_claim (kind, resource_key, subscription_id, "
                + "recorded_as) values ('interface', '21', '" + oldCircuit + "', 'x')"))
                .as("a second live holder of interface 21").isInstanceOf(SQLException.class);
    }

    @Test
    void everyBlockRowBecomesTheDocumentItsRecordReadsAndTheProductTablesGo() throws SQLException {
        migrate("7");
        execute(subscription(nodeA, NODE_PRODUCT, "ACTIVE"), subscription(nodeB, NODE_PRODUCT, "ACTIVE"),
                subscription(oldNode, NODE_PRODUCT, "INITIAL"), subscription(circuit, CIRCUIT_PRODUCT, "ACTIVE"),
                node(nodeA, 1), node(nodeB, 2),
                "insert into node_block (subscription_id, node_id, node_name) values ('" + oldNode + "', 3, 'loc3')",
                circuitBlock(circuit),
                "update circuit_block set circuit_prefix_id = 600, link_prefix_id = 601",
                endpoint(circuit, "A", 11, nodeA), endpoint(circuit, "B", 21, nodeB),
                "update circuit_endpoint set address_id = 700 where side = 'A'",
                "insert into subscription_event (subscription_id, occurred_at, actor, via, field, old_value, "
                        + "new_value, reason) values ('" + circuit + "', current_timestamp, 'alice', 'api', "
                        + "'circuit.under_maintenance', 'true', 'false', 'done')");

        migrate(null);

        assertThat(block(nodeA, "node", NodeBlock.class))
                .isEqualTo(new NodeBlock(1L, "loc1-core", "active", "10.0.0.1/32", "2001:db8::1/128"));
        assertThat(block(oldNode, "node", NodeBlock.class)).isEqualTo(new NodeBlock(3L, "loc3", null, null, null));
        assertThat(block(circuit, "circuit", CircuitBlock.class)).isEqualTo(new CircuitBlock(500L, "connected",
                "a <--> b", false, 600L, 601L,
                new CircuitEndpoint(11L, "1/1/c11/1", "far end", "2001:db8:10::/127", 700L, nodeA),
                new CircuitEndpoint(21L, "1/1/c21/1", "far end", "2001:db8:10::/127", null, nodeB)));
        assertThat(rows("select count(*) from subscription_block")).containsExactly("4");
        assertThat(rows("select actor, field, old_value, new_value, reason from subscription_event"))
                .containsExactly("alice circuit.under_maintenance true false done");
        for (String dropped : List.of("node_block", "circuit_block", "circuit_endpoint")) {
            assertThatThrownBy(() -> rows("select count(*) from " + dropped)).as(dropped)
                    .isInstanceOf(SQLException.class);
        }
    }

    private <B extends Record> B block(UUID subscription, String name, Class<B> type) throws SQLException {
        List<String> content = rows("select content from subscription_block where subscription_id = '"
                + subscription + "' and name = '" + name + "'");
        assertThat(content).as(name + " of " + subscription).hasSize(1);
        return BlockDocuments.read(content.get(0), type);
    }

    private void migrate(String target) {
        String vendor = TestDatabase.usesPostgres() ? "postgresql" : "h2";
        var configuration = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .table("subscription_schema_history").baselineOnMigrate(true).baselineVersion("0");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static String subscription(UUID id, String product, String status) {
        return "insert into subscription (id, product_id, customer_id, description, status, insync, version, "
                + "created_at) values ('" + id + "', '" + product + "', 'customer-1', 'subscription " + id + "', '"
                + status + "', true, 3, current_timestamp)";
    }

    private static String node(UUID id, long device, Long enrolled) {
        return "insert into node_block (subscription_id, node_id, node_name, node_status, ipv4_loopback, "
                + "ipv6_loopback, enrolled_device_id) values ('" + id + "', " + device + ", 'loc" + device
                + "-core', 'active', '10.0.0." + device + "/32', '2001:db8::" + device + "/128', " + enrolled + ")";
    }

    private static String node(UUID id, long device) {
        return "insert into node_block (subscription_id, node_id, node_name, node_status, ipv4_loopback, "
                + "ipv6_loopback) values ('" + id + "', " + device + ", 'loc" + device + "-core', 'active', '10.0.0."
                + device + "/32', '2001:db8::" + device + "/128')";
    }

    private static String endpoint(UUID id, String side, long port, UUID node) {
        return "insert into circuit_endpoint (subscription_id, side, port_id, port_name, port_description, "
                + "v6_ip_address, node_subscription_id) values ('" + id + "', '" + side + "', " + port + ", '1/1/c"
                + port + "/1', 'far end', '2001:db8:10::/127', '" + node + "')";
    }

    private static String circuitBlock(UUID id) {
        return "insert into circuit_block (subscription_id, circuit_id, circuit_status, circuit_description, "
                + "under_maintenance) values ('" + id + "', 500, 'connected', 'a <--> b', false)";
    }

    private static String endpoint(UUID id, String side, long port, Long claimed, UUID node) {
        return "insert into circuit_endpoint (subscription_id, side, port_id, port_name, port_description, "
                + "v6_ip_address, node_subscription_id, claimed_port_id) values ('" + id + "', '" + side + "', "
                + port + ", '1/1/c" + port + "/1', 'far end', '2001:db8:10::/127', '" + node + "', " + claimed + ")";
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
