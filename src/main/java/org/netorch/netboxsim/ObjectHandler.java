package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What one NetBox endpoint does with its kind of object: filters, default order, validated writes. */
abstract class ObjectHandler<T extends SimObject> {

    final Kind kind;
    final SimulatorStore store;

    ObjectHandler(Kind kind, SimulatorStore store) {
        this.kind = kind;
        this.store = store;
    }

    abstract Predicate<T> filter(ListQuery query);

    abstract Comparator<T> order();

    /** Validates and inserts; runs inside a store write. */
    abstract T create(FieldReader fields);

    /** Validates and applies a partial update; runs inside a store write. */
    abstract void update(T object, FieldReader fields);

    /** Runs inside a store write; the default refuses nothing and cascades nothing. */
    void delete(T object) {
        store.delete(kind, object.id);
    }

    /** NetBox's PROTECT rule: an object still referenced cannot be deleted. */
    static <D extends SimObject> void refuseWhileReferenced(List<D> dependents, Function<D, String> display) {
        if (!dependents.isEmpty()) {
            throw NetBoxApiError.detail(409, "Unable to delete object. " + dependents.size()
                    + " dependent objects were found: " + dependents.stream()
                    .map(dependent -> display.apply(dependent) + " (" + dependent.id + ")")
                    .collect(Collectors.joining(", ")));
        }
    }

    static boolean isSlug(String value) {
        return value != null && value.matches("[-a-zA-Z0-9_]+");
    }

    static void checkSlug(FieldReader fields, String slug) {
        if (slug != null && !slug.isEmpty() && !isSlug(slug)) {
            fields.error("slug", "Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.");
        }
    }
}
