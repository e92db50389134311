package org.netorch.netbox;

/** VLAN group filters; null means "any". */
public record VlanGroupQuery(String slug, String name) {

    public static VlanGroupQuery all() {
        return new VlanGroupQuery(null, null);
    }

    public static VlanGroupQuery withSlug(String slug) {
        return new VlanGroupQuery(slug, null);
    }

    public VlanGroupQuery named(String name) {
        return new VlanGroupQuery(slug, name);
    }

    QueryParams params() {
        return new QueryParams().add("slug", slug).add("name", name);
    }
}
