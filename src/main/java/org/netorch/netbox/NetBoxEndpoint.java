package org.netorch.netbox;

/**
 * Where the client sends its next call. Resolved per call because in demo mode the simulator's URL is only
 * known once the server has its port.
 */
public interface NetBoxEndpoint {

    /** Scheme, host, port and optional path prefix, e.g. {@code http://localhost:8080/netbox}; no {@code /api}. */
    String baseUrl();

    String token();
}
