package org.netorch.netbox;

record ConfiguredNetBoxEndpoint(NetBoxProperties properties) implements NetBoxEndpoint {

    @Override
    public String baseUrl() {
        return properties.url();
    }

    @Override
    public String token() {
        return properties.token();
    }

    @Override
    public String toString() {
        return "ConfiguredNetBoxEndpoint[" + properties.url() + "]";
    }
}
