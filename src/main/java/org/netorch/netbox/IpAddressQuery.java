package org.netorch.netbox;

/**
 * IP address filters; null means "any". {@code parent} is a prefix in CIDR form, {@code descriptionContains}
 * matches ignoring case (how allocations are found again by their subscription marker).
 */
public record IpAddressQuery(
        String address, Long interfaceId, Long deviceId, String parent, String descriptionContains) {

    public static IpAddressQuery all() {
        return new IpAddressQuery(null, null, null, null, null);
    }

    public static IpAddressQuery onInterface(long interfaceId) {
        return all().withInterface(interfaceId);
    }

    public IpAddressQuery withAddress(String address) {
        return new IpAddressQuery(address, interfaceId, deviceId, parent, descriptionContains);
    }

    public IpAddressQuery withInterface(long interfaceId) {
        return new IpAddressQuery(address, interfaceId, deviceId, parent, descriptionContains);
    }

    public IpAddressQuery onDevice(long deviceId) {
        return new IpAddressQuery(address, interfaceId, deviceId, parent, descriptionContains);
    }

    public IpAddressQuery inside(String parent) {
        return new IpAddressQuery(address, interfaceId, deviceId, parent, descriptionContains);
    }

    public IpAddressQuery describedWith(String text) {
        return new IpAddressQuery(address, interfaceId, deviceId, parent, text);
    }

    QueryParams params() {
        return new QueryParams().add("address", address).add("interface_id", interfaceId)
                .add("device_id", deviceId).add("parent", parent).add("description__ic", descriptionContains);
    }
}
