package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The available-prefixes and available-ips endpoints of a prefix. Each POST checks and creates under the store lock,
 * as NetBox does under its advisory lock, so two concurrent requests never get the same block.
 */
class Allocations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SimulatorStore store;
    private final Handlers handlers;

    Allocations(SimulatorStore store, Handlers handlers) {
        this.store = store;
        this.handlers = handlers;
    }

    ArrayNode availablePrefixes(long prefixId) {
        return store.read(() -> {
            IpNetwork parent = store.<Prefix>get(Kind.PREFIX, prefixId).network();
            ArrayNode free = NODES.arrayNode();
            for (IpNetwork block : AddressSpace.freeBlocks(parent, childPrefixes(parent))) {
                free.addObject().put("family", parent.version()).put("prefix", block.toString()).putNull("vrf");
            }
            return free;
        });
    }

    /** A dict allocates one prefix and answers it, a list allocates all (or none) and answers a list. */
    JsonNode allocatePrefixes(long prefixId, JsonNode body, String baseUrl) {
        List<Prefix> created = store.write(() -> {
            IpNetwork parent = store.<Prefix>get(Kind.PREFIX, prefixId).network();
            List<JsonNode> items = items(body);
            List<Object> errors = new ArrayList<>();
            boolean invalid = false;
            for (JsonNode item : items) {
                Map<String, List<String>> itemErrors = prefixLengthErrors(item, parent, false);
                errors.add(itemErrors);
                invalid |= !itemErrors.isEmpty();
            }
            if (invalid) {
                throw new NetBoxApiError(400, errors);
            }
            List<IpNetwork> taken = new ArrayList<>(childPrefixes(parent));
            List<ObjectNode> requests = new ArrayList<>();
            for (JsonNode item : items) {
                IpNetwork next = AddressSpace.nextPrefix(parent, taken, item.get("prefix_length").asInt())
                        .orElseThrow(NetBoxApiError::insufficientResources);
                taken.add(next);
                ObjectNode request = ((ObjectNode) item).deepCopy();
                request.remove("prefix_length");
                request.put("prefix", next.toString());
                requests.add(request);
            }
            return ObjectService.createEach(NODES.arrayNode().addAll(requests),
                    request -> handlers.prefixes.create(new FieldReader(request, store)));
        });
        return rendered(Kind.PREFIX, created, body, baseUrl);
    }

    ArrayNode availableIps(long prefixId, int limit) {
        return store.read(() -> {
            Prefix prefix = store.get(Kind.PREFIX, prefixId);
            IpNetwork parent = prefix.network();
            ArrayNode free = NODES.arrayNode();
            for (BigInteger address : AddressSpace.freeAddresses(parent, prefix.isPool, usedHosts(parent), limit)) {
                free.addObject().put("family", parent.version())
                        .put("address", parent.withAddress(address).toString()).putNull("vrf");
            }
            return free;
        });
    }

    /** Takes the lowest free addresses, one per requested item, with the parent's mask unless one is given. */
    JsonNode allocateIps(long prefixId, JsonNode body, String baseUrl) {
        List<IpAddress> created = store.write(() -> {
            Prefix prefix = store.get(Kind.PREFIX, prefixId);
            IpNetwork parent = prefix.network();
            List<JsonNode> items = items(body);
            List<Object> errors = new ArrayList<>();
            boolean invalid = false;
            for (JsonNode item : items) {
                Map<String, List<String>> itemErrors = item.has("prefix_length")
                        ? prefixLengthErrors(item, parent, true) : Map.of();
                errors.add(itemErrors);
                invalid |= !itemErrors.isEmpty();
            }
            if (invalid) {
                throw new NetBoxApiError(400, errors);
            }
            List<BigInteger> free = AddressSpace.freeAddresses(parent, prefix.isPool, usedHosts(parent), items.size());
            if (free.size() < items.size()) {
                throw NetBoxApiError.insufficientResources();
            }
            List<ObjectNode> requests = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                int length = item.has("prefix_length") ? item.get("prefix_length").asInt() : parent.length();
                ObjectNode request = ((ObjectNode) item).deepCopy();
                request.remove("prefix_length");
                request.put("address", new IpNetwork(parent.version(), free.get(i), length).toString());
                requests.add(request);
            }
            return ObjectService.createEach(NODES.arrayNode().addAll(requests),
                    request -> handlers.ipAddresses.create(new FieldReader(request, store)));
        });
        return rendered(Kind.IP_ADDRESS, created, body, baseUrl);
    }

    private JsonNode rendered(Kind kind, List<? extends SimObject> created, JsonNode body, String baseUrl) {
        return store.read(() -> {
            Representation representation = new Representation(store, baseUrl);
            if (!body.isArray()) {
                return representation.full(kind, created.get(0));
            }
            ArrayNode list = NODES.arrayNode();
            created.forEach(object -> list.add(representation.full(kind, object)));
            return list;
        });
    }

    /** An allocation's body as NetBox reads it: a list is one request per item, anything else one request. */
    static List<JsonNode> requestsIn(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        if (body == null || body.isNull()) {
            items.add(NODES.objectNode());
        } else if (body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        return items;
    }

    private static List<JsonNode> items(JsonNode body) {
        List<JsonNode> items = requestsIn(body);
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new NetBoxApiError(400, List.of(Map.of("non_field_errors",
                        List.of("Invalid data. Expected a dictionary, but got " + item.getNodeType().name().toLowerCase()
                                + "."))));
            }
        }
        return items;
    }

    /** @param forAddress an address may not have a shorter mask than the prefix it comes from */
    private static Map<String, List<String>> prefixLengthErrors(JsonNode item, IpNetwork parent, boolean forAddress) {
        JsonNode length = item.get("prefix_length");
        if (length == null || length.isNull()) {
            return Map.of("prefix_length", List.of("this field can not be missing"));
        }
        if (!length.isIntegralNumber()) {
            return Map.of("prefix_length", List.of("this field must be int type"));
        }
        int value = length.asInt();
        int shortest = forAddress ? parent.length() : 0;
        if (value < shortest || value > parent.maxLength()) {
            return Map.of("prefix_length",
                    List.of("Invalid prefix length (" + value + ") for IPv" + parent.version()));
        }
        return Map.of();
    }

    private List<IpNetwork> childPrefixes(IpNetwork parent) {
        return store.<Prefix>all(Kind.PREFIX).stream()
                .map(Prefix::network)
                .filter(parent::strictlyCovers)
                .toList();
    }

    private Set<BigInteger> usedHosts(IpNetwork parent) {
        Set<BigInteger> used = new HashSet<>();
        for (IpAddress ip : store.<IpAddress>all(Kind.IP_ADDRESS)) {
            IpNetwork address = ip.network();
            if (address.version() == parent.version() && parent.contains(address.address())) {
                used.add(address.address());
            }
        }
        return used;
    }
}
