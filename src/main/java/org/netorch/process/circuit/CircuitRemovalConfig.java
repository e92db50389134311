package org.netorch.process.circuit;

import java.util.Map;

import org.netorch.process.shared.ConfigTemplate;

/**
 * What an operator pastes into one router to take down its side of a circuit: the interface loses its address,
 * IS-IS and description and is shut, and IS-IS goes back to passive on it.
 */
record CircuitRemovalConfig(String nodeName, String portName, String circuitDescription) {

    private static final ConfigTemplate TEMPLATE = ConfigTemplate.load("circuit-endpoint-removal");

    String render() {
        return TEMPLATE.render(Map.of(
                "node_name", nodeName,
                "port_name", portName,
                "circuit_description", circuitDescription));
    }
}
