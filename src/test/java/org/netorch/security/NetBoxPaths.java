package org.netorch.security;

/** The API path of one NetBox object, as the client calls it and the simulator's journal records it. */
final class NetBoxPaths {

    private NetBoxPaths() {
    }

    static String device(long id) {
        return "/api/dcim/devices/" + id + "/";
    }

    static String iface(long id) {
        return "/api/dcim/interfaces/" + id + "/";
    }

    static String cable(long id) {
        return "/api/dcim/cables/" + id + "/";
    }

    static String prefix(long id) {
        return "/api/ipam/prefixes/" + id + "/";
    }

    static String address(long id) {
        return "/api/ipam/ip-addresses/" + id + "/";
    }
}
