package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

/** Prefixes in the global table: unique, stored as their network address. */
class PrefixHandler extends ObjectHandler<Prefix> {

    PrefixHandler(SimulatorStore store) {
        super(Kind.PREFIX, store);
    }

    @Override
    Predicate<Prefix> filter(ListQuery query) {
        return query.<Prefix>numbers("id", prefix -> prefix.id)
                .and(query.any("prefix", (prefix, value) -> IpNetwork.isValid(value)
                        && IpNetwork.parse(value).network().equals(prefix.network())))
                .and(query.any("within", (prefix, value) -> IpNetwork.isValid(value)
                        && IpNetwork.parse(value).network().strictlyCovers(prefix.network())))
                .and(query.any("within_include", (prefix, value) -> IpNetwork.isValid(value)
                        && IpNetwork.parse(value).network().covers(prefix.network())))
                .and(query.any("contains", (prefix, value) -> IpNetwork.isValid(value)
                        && prefix.network().covers(IpNetwork.parse(value).network())))
                .and(query.numbers("mask_length", prefix -> (long) prefix.network().length()))
                .and(query.choice("status", Choices.PREFIX_STATUS, prefix -> prefix.status))
                .and(query.flag("is_pool", prefix -> prefix.isPool))
                .and(query.exact("description", prefix -> prefix.description))
                .and(query.containsIgnoringCase("description__ic", prefix -> prefix.description));
    }

    @Override
    Comparator<Prefix> order() {
        return Comparator.comparing(Prefix::network).thenComparingLong(prefix -> prefix.id);
    }

    @Override
    Prefix create(FieldReader fields) {
        Prefix prefix = new Prefix();
        if (!fields.has("prefix")) {
            fields.error("prefix", FieldReader.REQUIRED);
        }
        apply(prefix, fields);
        return store.insert(kind, prefix);
    }

    @Override
    void update(Prefix prefix, FieldReader fields) {
        apply(prefix, fields);
        store.update(kind, prefix);
    }

    private void apply(Prefix prefix, FieldReader fields) {
        String value = fields.text("prefix", prefix.prefix);
        if (value != null && !Objects.equals(value, prefix.prefix)) {
            if (!value.contains("/") || !IpNetwork.isValid(value)) {
                fields.error("prefix", "Enter a valid IPv4 or IPv6 prefix and mask in CIDR notation.");
            } else {
                prefix.prefix = IpNetwork.parse(value).network().toString();
            }
        }
        prefix.status = fields.choice("status", Choices.PREFIX_STATUS, prefix.status);
        prefix.isPool = fields.bool("is_pool", prefix.isPool);
        prefix.markUtilized = fields.bool("mark_utilized", prefix.markUtilized);
        prefix.description = fields.text("description", prefix.description);
        prefix.comments = fields.text("comments", prefix.comments);
        fields.check();
        store.<Prefix>all(kind).stream()
                .filter(other -> other.id != prefix.id && other.prefix.equals(prefix.prefix))
                .findFirst()
                .ifPresent(other -> {
                    throw NetBoxApiError.field("prefix", "Duplicate prefix found in global table: " + other.prefix);
                });
    }
}
