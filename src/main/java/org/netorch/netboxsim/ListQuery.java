package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The filters of a list request. Repeated parameters are alternatives (OR), different parameters all apply (AND).
 * Values that name no valid choice or no existing object collect a 400 error, as NetBox's filter forms do.
 */
final class ListQuery {

    // an id as the store writes it: what a value must look like to name an object by id
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private final MultiValueMap<String, String> params;
    private final SimulatorStore store;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    ListQuery(MultiValueMap<String, String> params, SimulatorStore store) {
        this.params = params;
        this.store = store;
    }

    List<String> values(String name) {
        return params.getOrDefault(name, List.of()).stream().filter(value -> !value.isEmpty()).toList();
    }

    /** Throws a 400 naming every filter with a value it could not accept. */
    void check() {
        if (!errors.isEmpty()) {
            throw NetBoxApiError.fields(errors);
        }
    }

    private void invalidChoice(String name, String value) {
        errors.computeIfAbsent(name, key -> new ArrayList<>())
                .add("Select a valid choice. " + value + " is not one of the available choices.");
    }

    /** For NetBox's {@code ?q=} search: the text holds the value, ignoring case and the value's outer spaces. */
    static boolean mentions(String text, String value) {
        return text != null && text.toLowerCase().contains(value.trim().toLowerCase());
    }

    <T> Predicate<T> any(String name, BiPredicate<T, String> matches) {
        List<String> wanted = values(name);
        return wanted.isEmpty() ? object -> true : object -> wanted.stream().anyMatch(value -> matches.test(object, value));
    }

    <T> Predicate<T> numbers(String name, Function<T, Long> field) {
        List<String> wanted = values(name);
        List<Long> numbers = new ArrayList<>();
        for (String value : wanted) {
            try {
                numbers.add(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                errors.computeIfAbsent(name, key -> new ArrayList<>()).add("Enter a number.");
            }
        }
        return wanted.isEmpty() ? object -> true : object -> numbers.contains(field.apply(object));
    }

    <T> Predicate<T> choice(String name, Map<String, String> choices, Function<T, String> field) {
        List<String> wanted = values(name);
        wanted.stream().filter(value -> !choices.containsKey(value)).forEach(value -> invalidChoice(name, value));
        return wanted.isEmpty() ? object -> true : object -> wanted.contains(field.apply(object));
    }

    <T> Predicate<T> exact(String name, Function<T, String> field) {
        return any(name, (object, value) -> value.equals(field.apply(object)));
    }

    <T> Predicate<T> exactIgnoringCase(String name, Function<T, String> field) {
        return any(name, (object, value) -> value.equalsIgnoreCase(field.apply(object)));
    }

    <T> Predicate<T> containsIgnoringCase(String name, Function<T, String> field) {
        return any(name, (object, value) -> {
            String actual = field.apply(object);
            return actual != null && actual.toLowerCase().contains(value.toLowerCase());
        });
    }

    /** A related object named by an attribute such as its slug or name; unknown values are a 400. */
    <T, R extends SimObject> Predicate<T> related(String name, Kind kind, Function<R, String> attribute,
            Function<T, Long> foreignKey) {
        List<String> wanted = values(name);
        if (wanted.isEmpty()) {
            return object -> true;
        }
        Set<Long> ids = new HashSet<>();
        for (String value : wanted) {
            List<Long> matching = store.<R>all(kind).stream()
                    .filter(candidate -> value.equals(attribute.apply(candidate)))
                    .map(candidate -> candidate.id)
                    .toList();
            if (matching.isEmpty()) {
                invalidChoice(name, value);
            }
            ids.addAll(matching);
        }
        return object -> ids.contains(foreignKey.apply(object));
    }

    /** A related object named by its id; ids of no object are a 400. */
    <T> Predicate<T> relatedId(String name, Kind kind, Function<T, Long> foreignKey) {
        List<String> wanted = values(name);
        if (wanted.isEmpty()) {
            return object -> true;
        }
        Set<Long> ids = new HashSet<>();
        for (String value : wanted) {
            String id = value.trim();
            if (ID.matcher(id).matches() && store.find(kind, Long.parseLong(id)).isPresent()) {
                ids.add(Long.parseLong(id));
            } else {
                invalidChoice(name, value);
            }
        }
        return object -> ids.contains(foreignKey.apply(object));
    }

    /** One related object named by its id (Django's ModelChoiceFilter, whose error names no value). */
    <T> Predicate<T> singleRelatedId(String name, Kind kind, BiPredicate<T, Long> matches) {
        List<String> wanted = values(name);
        if (wanted.isEmpty()) {
            return object -> true;
        }
        String value = wanted.get(wanted.size() - 1).trim();
        if (!ID.matcher(value).matches() || store.find(kind, Long.parseLong(value)).isEmpty()) {
            errors.computeIfAbsent(name, key -> new ArrayList<>())
                    .add("Select a valid choice. That choice is not one of the available choices.");
            return object -> true;
        }
        long id = Long.parseLong(value);
        return object -> matches.test(object, id);
    }

    <T> Predicate<T> flag(String name, Predicate<T> isTrue) {
        List<String> wanted = values(name);
        if (wanted.isEmpty()) {
            return object -> true;
        }
        String value = wanted.get(wanted.size() - 1).toLowerCase();
        if (List.of("true", "1", "yes", "on").contains(value)) {
            return isTrue;
        }
        if (List.of("false", "0", "no", "off").contains(value)) {
            return isTrue.negate();
        }
        return object -> true;
    }
}
