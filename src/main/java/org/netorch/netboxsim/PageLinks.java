package org.netorch.netboxsim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * The {@code next} and {@code previous} links of a list page, built as NetBox (Django REST framework) builds them: the
 * request's own query, decoded, with the paging parameters replaced or removed, every parameter sorted by name and
 * each value encoded once more the way Python's {@code urlencode} does ({@code quote_plus}). Built from the decoded
 * parameters, never from the raw query, so a value such as {@code id,name} comes back as {@code id%2Cname} and not
 * encoded twice.
 */
final class PageLinks {

    private final String pageUrl;
    private final TreeMap<String, List<String>> params = new TreeMap<>();

    /**
     * @param pageUrl the request's URL without its query (scheme, host, path)
     * @param params  the request's query parameters, decoded
     */
    private PageLinks(String pageUrl, MultiValueMap<String, String> params) {
        this.pageUrl = pageUrl;
        params.forEach((name, values) -> this.params.put(name, new ArrayList<>(values)));
    }

    static PageLinks of(String pageUrl, MultiValueMap<String, String> params) {
        int query = pageUrl.indexOf('?');
        return new PageLinks(query < 0 ? pageUrl : pageUrl.substring(0, query), params);
    }

    PageLinks with(String name, long value) {
        params.put(name, List.of(String.valueOf(value)));
        return this;
    }

    PageLinks without(String name) {
        params.remove(name);
        return this;
    }

    String url() {
        String query = params.entrySet().stream()
                .flatMap(param -> param.getValue().stream().map(value -> encode(param.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? pageUrl : pageUrl + "?" + query;
    }

    // Python's quote_plus: letters, digits and _.-~ stay, a space becomes +, every other UTF-8 byte %XX
    static String encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0) {
                out.write(c);
            } else if (c == ' ') {
                out.write('+');
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
