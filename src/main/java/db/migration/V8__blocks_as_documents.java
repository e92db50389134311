package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Blocks become JSON documents, one row per block, in {@code subscription_block} (ADR 6): every node, circuit and
 * circuit endpoint row is written as the document the block records read, then the product tables are dropped. The
 * documents are built here, by column, so this migration keeps writing what it writes today whatever the records
 * become later.
 */
public class V8__blocks_as_documents extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table subscription_block (
                        subscription_id uuid          not null references subscription (id),
                        name            varchar(50)   not null,
                        content         varchar(20000) not null,
                        constraint pk_subscription_block primary key (subscription_id, name)
                    )""");
        }
        Map<Object, ObjectNode> documents = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet nodes = select.executeQuery("""
                     select subscription_id, node_id, node_name, node_status, ipv4_loopback, ipv6_loopback
                     from node_block""")) {
            while (nodes.next()) {
                ObjectNode node = JSON.createObjectNode();
                putLong(node, "node_id", nodes, "node_id");
                putText(node, "node_name", nodes, "node_name");
                putText(node, "node_status", nodes, "node_status");
                putText(node, "ipv4_loopback", nodes, "ipv4_loopback");
                putText(node, "ipv6_loopback", nodes, "ipv6_loopback");
                insert(connection, nodes.getObject("subscription_id"), "node", node);
            }
        }
        try (Statement select = connection.createStatement();
             ResultSet circuits = select.executeQuery("""
                     select subscription_id, circuit_id, circuit_status, circuit_description, under_maintenance,
                            circuit_prefix_id, link_prefix_id
                     from circuit_block""")) {
            while (circuits.next()) {
                ObjectNode circuit = JSON.createObjectNode();
                putLong(circuit, "circuit_id", circuits, "circuit_id");
                putText(circuit, "circuit_status", circuits, "circuit_status");
                putText(circuit, "circuit_description", circuits, "circuit_description");
                boolean maintenance = circuits.getBoolean("under_maintenance");
                if (!circuits.wasNull()) {
                    circuit.put("under_maintenance", maintenance);
                }
                putLong(circuit, "circuit_prefix_id", circuits, "circuit_prefix_id");
                putLong(circuit, "link_prefix_id", circuits, "link_prefix_id");
                documents.put(circuits.getObject("subscription_id"), circuit);
            }
        }
        try (Statement select = connection.createStatement();
             ResultSet endpoints = select.executeQuery("""
                     select subscription_id, side, port_id, port_name, port_description, v6_ip_address, address_id,
                            node_subscription_id
                     from circuit_endpoint order by subscription_id, side""")) {
            while (endpoints.next()) {
                ObjectNode endpoint = JSON.createObjectNode();
                putLong(endpoint, "port_id", endpoints, "port_id");
                putText(endpoint, "port_name", endpoints, "port_name");
                putText(endpoint, "port_description", endpoints, "port_description");
                putText(endpoint, "v6_ip_address", endpoints, "v6_ip_address");
                putLong(endpoint, "address_id", endpoints, "address_id");
                putText(endpoint, "node_subscription_id", endpoints, "node_subscription_id");
                String side = endpoints.getString("side").toLowerCase(Locale.ROOT);
                documents.get(endpoints.getObject("subscription_id")).set("endpoint_" + side, endpoint);
            }
        }
        for (Map.Entry<Object, ObjectNode> circuit : documents.entrySet()) {
            insert(connection, circuit.getKey(), "circuit", circuit.getValue());
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop table circuit_endpoint");
            ddl.execute("drop table circuit_block");
            ddl.execute("drop table node_block");
        }
    }

    private static void insert(Connection connection, Object subscriptionId, String name, ObjectNode document)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into subscription_block (subscription_id, name, content) values (?, ?, ?)")) {
            insert.setObject(1, subscriptionId);
            insert.setString(2, name);
            insert.setString(3, document.toString());
            insert.executeUpdate();
        }
    }

    private static void putLong(ObjectNode document, String field, ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        if (!row.wasNull()) {
            document.put(field, value);
        }
    }

    private static void putText(ObjectNode document, String field, ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        if (value != null) {
            document.put(field, value.toString());
        }
    }
}
