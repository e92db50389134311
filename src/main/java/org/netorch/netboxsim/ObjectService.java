package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.util.MultiValueMap;

/** The generic list, detail and write behaviour every NetBox model endpoint shares. */
class ObjectService {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;

    private final SimulatorStore store;
    private final Handlers handlers;

    ObjectService(SimulatorStore store, Handlers handlers) {
        this.store = store;
        this.handlers = handlers;
    }

    /**
     * @param requestUrl the request's URL; {@code next}/{@code previous} keep its scheme, host and path and carry the
     *                   request's own {@code params} with the paging ones replaced
     */
    <T extends SimObject> ObjectNode list(Kind kind, MultiValueMap<String, String> params, String baseUrl,
            String requestUrl) {
        ObjectHandler<T> handler = handlers.of(kind);
        int limit = pageSize(params.getFirst("limit"));
        Long start = cursorStart(params);
        int offset = nonNegative(params.getFirst("offset"));
        return store.read(() -> {
            ListQuery query = new ListQuery(params, store);
            Predicate<T> filter = handler.filter(query);
            query.check();
            List<T> matching = store.<T>all(kind).stream().filter(filter).sorted(handler.order()).toList();
            Representation representation = new Representation(store, baseUrl);
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            List<T> page;
            if (start != null) {
                // cursor paging (4.6): by id, no count, no way back
                page = matching.stream().filter(object -> object.id >= start)
                        .sorted(Comparator.comparingLong(object -> object.id)).limit(limit).toList();
                envelope.putNull("count");
                envelope.put("next", page.size() < limit ? null : PageLinks.of(requestUrl, params)
                        .with("start", page.get(page.size() - 1).id + 1).with("limit", limit).without("offset").url());
                envelope.putNull("previous");
            } else {
                page = matching.stream().skip(offset).limit(limit).toList();
                envelope.put("count", matching.size());
                envelope.put("next", offset + limit < matching.size()
                        ? PageLinks.of(requestUrl, params).with("limit", limit).with("offset", offset + limit).url()
                        : null);
                envelope.put("previous", offset > 0 ? previousPage(requestUrl, params, limit, offset) : null);
            }
            ArrayNode results = envelope.putArray("results");
            page.forEach(object -> results.add(shaped(representation, kind, object, params)));
            return envelope;
        });
    }

    private static Long cursorStart(MultiValueMap<String, String> params) {
        String start = params.getFirst("start");
        if (start == null) {
            return null;
        }
        if (params.containsKey("offset")) {
            throw new NetBoxApiError(400, List.of("'start' and 'offset' are mutually exclusive."));
        }
        if (params.containsKey("ordering")) {
            throw new NetBoxApiError(400, List.of("Ordering cannot be specified in conjunction with cursor-based pagination."));
        }
        if (!start.matches("\\d{1,18}")) {
            throw new NetBoxApiError(400, List.of("Invalid 'start' parameter: must be a non-negative integer."));
        }
        return Long.parseLong(start);
    }

    JsonNode get(Kind kind, long id, MultiValueMap<String, String> params, String baseUrl) {
        return store.read(() -> shaped(new Representation(store, baseUrl), kind, store.get(kind, id), params));
    }

    /** A dict creates one object, a list creates all of them or none. */
    JsonNode create(Kind kind, JsonNode body, String baseUrl) {
        ObjectHandler<SimObject> handler = handlers.of(kind);
        if (body != null && body.isArray()) {
            List<SimObject> created = store.write(() -> createEach(body, item -> handler.create(reader(item))));
            return store.read(() -> {
                Representation representation = new Representation(store, baseUrl);
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                created.forEach(object -> list.add(representation.full(kind, object)));
                return list;
            });
        }
        SimObject created = store.write(() -> handler.create(reader(body)));
        return store.read(() -> new Representation(store, baseUrl).full(kind, created));
    }

    /** Creates every item; validation errors come back as NetBox's per-item array, and nothing is kept. */
    static <R> List<R> createEach(JsonNode items, Function<JsonNode, R> create) {
        List<R> created = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        boolean failed = false;
        for (JsonNode item : items) {
            try {
                created.add(create.apply(item));
                errors.add(Map.of());
            } catch (NetBoxApiError e) {
                if (e.status != 400) {
                    throw e;
                }
                errors.add(e.body);
                failed = true;
            }
        }
        if (failed) {
            throw new NetBoxApiError(400, errors);
        }
        return created;
    }

    /** The weak ETag NetBox 4.6 derives from an object's last change. */
    static String etag(SimObject object) {
        return "W/\"" + Representation.timestamp(object.lastUpdated) + "\"";
    }

    // If-Match (4.6): a write only applies to the version the client has seen; "*" only asks that it exists
    private static void checkVersion(SimObject object, String ifMatch) {
        if (ifMatch != null && !ifMatch.trim().equals("*") && !ifMatch.trim().equals(etag(object))) {
            throw NetBoxApiError.preconditionFailed(etag(object));
        }
    }

    JsonNode update(Kind kind, long id, JsonNode body, String baseUrl, String ifMatch) {
        ObjectHandler<SimObject> handler = handlers.of(kind);
        SimObject updated = store.write(() -> {
            SimObject object = store.get(kind, id);
            checkVersion(object, ifMatch);
            handler.update(object, reader(body));
            return object;
        });
        return store.read(() -> new Representation(store, baseUrl).full(kind, updated));
    }

    JsonNode update(Kind kind, long id, JsonNode body, String baseUrl) {
        return update(kind, id, body, baseUrl, null);
    }

    void delete(Kind kind, long id, String ifMatch) {
        ObjectHandler<SimObject> handler = handlers.of(kind);
        store.write(() -> {
            SimObject object = store.get(kind, id);
            checkVersion(object, ifMatch);
            handler.delete(object);
            return null;
        });
    }

    void delete(Kind kind, long id) {
        delete(kind, id, null);
    }

    FieldReader reader(JsonNode body) {
        return new FieldReader(body, store);
    }

    // ?fields= renders only the named fields; like NetBox, any non-empty ?brief= switches brief mode on, even "false"
    private static JsonNode shaped(Representation representation, Kind kind, SimObject object,
            MultiValueMap<String, String> params) {
        FieldSelection fields = FieldSelection.of(params.getFirst("fields"));
        String brief = params.getFirst("brief");
        return brief != null && !brief.isEmpty()
                ? representation.brief(kind, object, fields) : representation.full(kind, object, fields);
    }

    static int pageSize(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value < 0) {
                return DEFAULT_PAGE_SIZE;
            }
            return value == 0 ? MAX_PAGE_SIZE : Math.min(value, MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    private static int nonNegative(String offset) {
        try {
            return Math.max(Integer.parseInt(offset), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // the first page's link names no offset at all
    private static String previousPage(String requestUrl, MultiValueMap<String, String> params, int limit, int offset) {
        PageLinks link = PageLinks.of(requestUrl, params).with("limit", limit);
        return (offset - limit > 0 ? link.with("offset", offset - limit) : link.without("offset")).url();
    }
}
