package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

/** L2VPNs: name and slug unique, a type required; deleting one deletes its terminations (CASCADE). */
class L2vpnHandler extends ObjectHandler<L2vpn> {

    private static final int MAX_NAME = 100;

    L2vpnHandler(SimulatorStore store) {
        super(Kind.L2VPN, store);
    }

    @Override
    Predicate<L2vpn> filter(ListQuery query) {
        return query.<L2vpn>numbers("id", l2vpn -> l2vpn.id)
                .and(query.numbers("identifier", l2vpn -> l2vpn.identifier))
                .and(query.exact("name", l2vpn -> l2vpn.name))
                .and(query.exact("slug", l2vpn -> l2vpn.slug))
                .and(query.choice("type", Choices.L2VPN_TYPE, l2vpn -> l2vpn.type))
                .and(query.choice("status", Choices.L2VPN_STATUS, l2vpn -> l2vpn.status))
                .and(query.exact("description", l2vpn -> l2vpn.description))
                .and(query.containsIgnoringCase("description__ic", l2vpn -> l2vpn.description))
                .and(query.any("q", (l2vpn, text) -> ListQuery.mentions(l2vpn.name, text)
                        || ListQuery.mentions(l2vpn.description, text)
                        || text.trim().equals(String.valueOf(l2vpn.identifier))));
    }

    @Override
    Comparator<L2vpn> order() {
        return Comparator.comparing((L2vpn l2vpn) -> l2vpn.name, NaturalOrder.INSTANCE)
                .thenComparing(l2vpn -> l2vpn.identifier, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(l2vpn -> l2vpn.id);
    }

    @Override
    L2vpn create(FieldReader fields) {
        L2vpn l2vpn = new L2vpn();
        l2vpn.name = fields.requiredText("name");
        l2vpn.slug = fields.requiredText("slug");
        apply(l2vpn, fields);
        return store.insert(kind, l2vpn);
    }

    @Override
    void update(L2vpn l2vpn, FieldReader fields) {
        l2vpn.name = fields.text("name", l2vpn.name);
        l2vpn.slug = fields.text("slug", l2vpn.slug);
        apply(l2vpn, fields);
        store.update(kind, l2vpn);
    }

    private void apply(L2vpn l2vpn, FieldReader fields) {
        // the serializer does not require a type, the model does: a missing one fails the model's own check
        if (fields.has("type") && (fields.raw("type").isNull() || fields.raw("type").asText().isEmpty())) {
            fields.error("type", "This field may not be blank.");
        } else {
            l2vpn.type = fields.choice("type", Choices.L2VPN_TYPE, l2vpn.type);
        }
        l2vpn.status = fields.choice("status", Choices.L2VPN_STATUS, l2vpn.status);
        l2vpn.identifier = fields.integer("identifier", l2vpn.identifier);
        l2vpn.description = fields.text("description", l2vpn.description);
        l2vpn.comments = fields.text("comments", l2vpn.comments);
        if (l2vpn.name != null && l2vpn.name.length() > MAX_NAME) {
            fields.error("name", "Ensure this field has no more than " + MAX_NAME + " characters.");
        }
        checkSlug(fields, l2vpn.slug);
        for (L2vpn other : store.<L2vpn>all(kind)) {
            if (other.id != l2vpn.id && Objects.equals(other.name, l2vpn.name)) {
                fields.error("name", "L2VPN with this name already exists.");
            }
            if (other.id != l2vpn.id && Objects.equals(other.slug, l2vpn.slug)) {
                fields.error("slug", "L2VPN with this slug already exists.");
            }
        }
        fields.check();
        if (l2vpn.type == null || l2vpn.type.isEmpty()) {
            throw NetBoxApiError.field("type", "This field cannot be blank.");
        }
    }

    @Override
    void delete(L2vpn l2vpn) {
        store.<L2vpnTermination>all(Kind.L2VPN_TERMINATION).stream()
                .filter(termination -> termination.l2vpnId == l2vpn.id)
                .toList()
                .forEach(termination -> store.delete(Kind.L2VPN_TERMINATION, termination.id));
        super.delete(l2vpn);
    }
}
