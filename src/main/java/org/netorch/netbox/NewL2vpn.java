package org.netorch.netbox;

/**
 * An L2VPN to create. {@code type} is NetBox's value ({@code vpls}, {@code vpws}, {@code vxlan-evpn}, …),
 * {@code identifier} may be null, {@code status} is {@code active}, {@code planned} or {@code decommissioning}.
 */
public record NewL2vpn(String name, String slug, String type, Long identifier, String status, String description) {
}
