package org.netorch.netbox;

/** A VLAN to create; {@code groupId} null makes it global. {@code status} is NetBox's value, e.g. {@code active}. */
public record NewVlan(Long groupId, int vid, String name, String status, String description) {
}
