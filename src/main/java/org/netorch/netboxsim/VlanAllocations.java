package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A VLAN group's {@code available-vlans}: the free VIDs in its ranges, lowest first, and allocating them. Each POST
 * checks and creates under the store lock, as NetBox does under its advisory lock, so two requests never get one VID.
 */
class VlanAllocations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SimulatorStore store;
    private final Handlers handlers;

    VlanAllocations(SimulatorStore store, Handlers handlers) {
        this.store = store;
        this.handlers = handlers;
    }

    /** A plain array of {@code {"vid", "group"}}, at most {@code limit} long. */
    ArrayNode availableVlans(long groupId, int limit, String baseUrl) {
        return store.read(() -> {
            VlanGroup group = store.get(Kind.VLAN_GROUP, groupId);
            JsonNode brief = new Representation(store, baseUrl).nested(Kind.VLAN_GROUP, group);
            ArrayNode free = NODES.arrayNode();
            freeVids(group).stream().limit(limit).forEach(vid -> free.addObject().put("vid", vid).set("group", brief));
            return free;
        });
    }

    /**
     * A dict allocates one VLAN and answers it, a list allocates one per item (all or none) and answers a list. Each
     * item takes the writable fields of a VLAN except its VID and group, which come from the group; {@code name} is
     * required.
     */
    JsonNode allocate(long groupId, JsonNode body, String baseUrl) {
        List<Vlan> created = store.write(() -> {
            VlanGroup group = store.get(Kind.VLAN_GROUP, groupId);
            List<JsonNode> items = items(body);
            List<Integer> free = freeVids(group);
            if (free.size() < items.size()) {
                throw NetBoxApiError.insufficientResources();
            }
            List<JsonNode> requests = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ObjectNode request = ((ObjectNode) items.get(i)).deepCopy();
                request.put("vid", free.get(i));
                request.put("group", group.id);
                requests.add(request);
            }
            if (!body.isArray()) {
                return List.of(handlers.vlans.create(new FieldReader(requests.get(0), store)));
            }
            return ObjectService.createEach(NODES.arrayNode().addAll(requests),
                    request -> handlers.vlans.create(new FieldReader(request, store)));
        });
        return store.read(() -> {
            Representation representation = new Representation(store, baseUrl);
            ArrayNode list = NODES.arrayNode();
            // NetBox answers with the saved VLAN before it is read back, so without the annotated prefix_count
            for (Vlan vlan : created) {
                ObjectNode rendered = representation.full(Kind.VLAN, vlan);
                rendered.remove("prefix_count");
                list.add(rendered);
            }
            return body.isArray() ? list : list.get(0);
        });
    }

    private List<Integer> freeVids(VlanGroup group) {
        Set<Integer> used = store.<Vlan>all(Kind.VLAN).stream()
                .filter(vlan -> Long.valueOf(group.id).equals(vlan.groupId))
                .map(vlan -> vlan.vid)
                .collect(Collectors.toSet());
        List<Integer> free = new ArrayList<>();
        group.vidRanges.stream().sorted(Comparator.comparingInt(range -> range[0])).forEach(range -> {
            for (int vid = range[0]; vid <= range[1]; vid++) {
                if (!used.contains(vid)) {
                    free.add(vid);
                }
            }
        });
        return free;
    }

    // the create serializer's own check, before any VID is taken: every item a dict with a name, errors per item
    private static List<JsonNode> items(JsonNode body) {
        List<JsonNode> items = Allocations.requestsIn(body);
        List<Object> errors = new ArrayList<>();
        boolean failed = false;
        for (JsonNode item : items) {
            if (!item.isObject()) {
                errors.add(Map.of("non_field_errors", List.of("Invalid data. Expected a dictionary, but got "
                        + FieldReader.pythonType(item) + ".")));
                failed = true;
            } else if (!item.hasNonNull("name") || item.get("name").asText().isBlank()) {
                errors.add(Map.of("name", List.of(item.has("name") && !item.get("name").isNull()
                        ? "This field may not be blank." : FieldReader.REQUIRED)));
                failed = true;
            } else {
                errors.add(Map.of());
            }
        }
        if (failed) {
            throw new NetBoxApiError(400, errors);
        }
        return items;
    }
}
