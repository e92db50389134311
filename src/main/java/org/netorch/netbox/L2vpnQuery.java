package org.netorch.netbox;

/** L2VPN filters; null means "any". {@code descriptionContains} matches ignoring case (subscription markers). */
public record L2vpnQuery(String name, String slug, String type, String status, Long identifier,
        String descriptionContains) {

    public static L2vpnQuery all() {
        return new L2vpnQuery(null, null, null, null, null, null);
    }

    public static L2vpnQuery withSlug(String slug) {
        return all().slugged(slug);
    }

    public L2vpnQuery named(String name) {
        return new L2vpnQuery(name, slug, type, status, identifier, descriptionContains);
    }

    public L2vpnQuery slugged(String slug) {
        return new L2vpnQuery(name, slug, type, status, identifier, descriptionContains);
    }

    public L2vpnQuery ofType(String type) {
        return new L2vpnQuery(name, slug, type, status, identifier, descriptionContains);
    }

    public L2vpnQuery withStatus(String status) {
        return new L2vpnQuery(name, slug, type, status, identifier, descriptionContains);
    }

    public L2vpnQuery withIdentifier(long identifier) {
        return new L2vpnQuery(name, slug, type, status, identifier, descriptionContains);
    }

    public L2vpnQuery describedWith(String text) {
        return new L2vpnQuery(name, slug, type, status, identifier, text);
    }

    QueryParams params() {
        return new QueryParams().add("name", name).add("slug", slug).add("type", type).add("status", status)
                .add("identifier", identifier).add("description__ic", descriptionContains);
    }
}
