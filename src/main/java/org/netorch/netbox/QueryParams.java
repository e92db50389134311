package org.netorch.netbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Query parameters in the order added; a null value leaves its parameter out, a collection repeats it (OR). */
final class QueryParams {

    private final List<String[]> pairs = new ArrayList<>();

    QueryParams add(String name, Object value) {
        if (value != null) {
            pairs.add(new String[] {name, String.valueOf(value)});
        }
        return this;
    }

    QueryParams addEach(String name, Collection<?> values) {
        if (values != null) {
            values.forEach(value -> add(name, value));
        }
        return this;
    }

    /** Encoded as Django decodes it ({@code +} for space), so markers like {@code [subscription …]} survive. */
    String encoded() {
        return pairs.stream()
                .map(pair -> encode(pair[0]) + "=" + encode(pair[1]))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
