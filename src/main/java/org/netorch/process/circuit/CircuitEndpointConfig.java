package org.netorch.process.circuit;

import java.util.Map;

import org.netorch.process.shared.ConfigTemplate;

/**
 * The configuration of one side of a circuit. The IS-IS metric sits on the circuit's interface, so draining a
 * circuit for maintenance drains only that link, and each router's NET is its own, derived from its IPv4 loopback.
 */
public record CircuitEndpointConfig(String nodeName, String ipv4Loopback, String portName, String portDescription,
        String v6IpAddress, boolean underMaintenance) {

    /** High enough that traffic avoids the link while another path exists, below the wide-metric maximum. */
    public static final int MAINTENANCE_METRIC = 15_000_000;
    public static final int NORMAL_METRIC = 10;

    private static final ConfigTemplate TEMPLATE = ConfigTemplate.load("circuit-endpoint-config");

    public int isisMetric() {
        return underMaintenance ? MAINTENANCE_METRIC : NORMAL_METRIC;
    }

    public String render() {
        return TEMPLATE.render(Map.of(
                "node_name", nodeName,
                "port_name", portName,
                "port_description", portDescription,
                "v6_ip_address", v6IpAddress,
                "isis_metric", isisMetric(),
                "isis_net", isisNet(ipv4Loopback)));
    }

    /** {@code 10.0.0.1/32} becomes {@code 49.0001.0100.0000.0001.00}: area 49.0001, system id from the loopback. */
    static String isisNet(String ipv4Loopback) {
        String[] octets = ipv4Loopback.split("/")[0].split("\\.");
        if (octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 loopback: " + ipv4Loopback);
        }
        StringBuilder digits = new StringBuilder();
        for (String octet : octets) {
            int value = Integer.parseInt(octet);
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("not an IPv4 loopback: " + ipv4Loopback);
            }
            digits.append(String.format("%03d", value));
        }
        return "49.0001." + digits.substring(0, 4) + "." + digits.substring(4, 8) + "." + digits.substring(8, 12)
                + ".00";
    }
}
