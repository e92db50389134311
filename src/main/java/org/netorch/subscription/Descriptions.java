package org.netorch.subscription;

/** The human-readable descriptions of DESIGN §2, kept in one place so every workflow writes the same text. */
public final class Descriptions {

    private Descriptions() {
    }

    public static String nodeSubscription(String nodeName) {
        return "Node " + nodeName;
    }

    public static String circuitBlock(String nodeA, String portA, String nodeB, String portB) {
        return nodeA + ":" + portA + " <--> " + nodeB + ":" + portB;
    }

    public static String circuitSubscription(long circuitId, String circuitBlockDescription) {
        return "Circuit ID " + circuitId + ": " + circuitBlockDescription;
    }

    /** A port's description names the far end of the circuit, which is what an operator looks for on a router. */
    public static String port(String farNodeName, String farPortName) {
        return "Circuit Connection to " + farNodeName + " port " + farPortName;
    }
}
