package org.netorch.netboxsim;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Which fields of an object a response carries: all of them, or only those a {@code ?fields=a,b} request names. */
final class FieldSelection {

    static final FieldSelection ALL = new FieldSelection(null);

    private final Set<String> names;

    private FieldSelection(Set<String> names) {
        this.names = names;
    }

    /** @param fields the value of {@code ?fields=}; null or blank selects every field */
    static FieldSelection of(String fields) {
        if (fields == null || fields.isBlank()) {
            return ALL;
        }
        return new FieldSelection(Arrays.stream(fields.split(",")).map(String::trim).collect(Collectors.toSet()));
    }

    boolean includes(String name) {
        return names == null || names.contains(name);
    }
}
