package org.netorch.netboxsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error answer in one of NetBox's shapes; the status and body go to the client as they are. */
class NetBoxApiError extends RuntimeException {

    static final String INSUFFICIENT_RESOURCES = "Insufficient resources are available to satisfy the request";

    final int status;
    final transient Object body;
    /** The object's current ETag, sent along with a 412. */
    final String etag;

    NetBoxApiError(int status, Object body) {
        this(status, body, null);
    }

    private NetBoxApiError(int status, Object body, String etag) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
        this.etag = etag;
    }

    static NetBoxApiError preconditionFailed(String currentEtag) {
        return new NetBoxApiError(412, Map.of("detail", "Precondition failed."), currentEtag);
    }

    static NetBoxApiError notFound(Kind kind) {
        return detail(404, "No " + kind.modelName + " matches the given query.");
    }

    static NetBoxApiError detail(int status, String detail) {
        return new NetBoxApiError(status, Map.of("detail", detail));
    }

    static NetBoxApiError field(String field, String message) {
        return fields(Map.of(field, List.of(message)));
    }

    static NetBoxApiError fields(Map<String, List<String>> errors) {
        return new NetBoxApiError(400, new LinkedHashMap<>(errors));
    }

    /** A model's clean() error that belongs to no single field. */
    static NetBoxApiError nonField(String message) {
        return field("__all__", message);
    }

    static NetBoxApiError insufficientResources() {
        return detail(409, INSUFFICIENT_RESOURCES);
    }

    /** Errors of a many=True serializer: NetBox answers an array with one entry per requested item. */
    NetBoxApiError asItemList() {
        return body instanceof Map<?, ?> ? new NetBoxApiError(status, List.of(body)) : this;
    }
}
