package org.netorch.netbox;

/**
 * An IP address to create, in CIDR form ({@code 10.0.0.1/32}). {@code role} may be null; {@code interfaceId} null
 * leaves it unassigned.
 */
public record NewIpAddress(String address, String status, String role, String dnsName, String description,
        Long interfaceId) {
}
