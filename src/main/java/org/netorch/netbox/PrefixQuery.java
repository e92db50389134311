package org.netorch.netbox;

/** Prefix filters; null means "any". {@code within} lists strict children of a CIDR. */
public record PrefixQuery(String prefix, String within, String status, String descriptionContains) {

    public static PrefixQuery all() {
        return new PrefixQuery(null, null, null, null);
    }

    public static PrefixQuery exactly(String prefix) {
        return all().withPrefix(prefix);
    }

    public static PrefixQuery childrenOf(String parent) {
        return new PrefixQuery(null, parent, null, null);
    }

    public PrefixQuery withPrefix(String prefix) {
        return new PrefixQuery(prefix, within, status, descriptionContains);
    }

    public PrefixQuery withStatus(String status) {
        return new PrefixQuery(prefix, within, status, descriptionContains);
    }

    public PrefixQuery describedWith(String text) {
        return new PrefixQuery(prefix, within, status, text);
    }

    QueryParams params() {
        return new QueryParams().add("prefix", prefix).add("within", within).add("status", status)
                .add("description__ic", descriptionContains);
    }
}
