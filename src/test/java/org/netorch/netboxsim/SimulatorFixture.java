package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A seeded in-memory simulator without HTTP, for fast tests of its rules. */
final class SimulatorFixture implements AutoCloseable {

    static final String BASE = "http://nb.test/netbox";
    private static final ObjectMapper JSON = new ObjectMapper();

    final SimulatorStore store = new SimulatorStore("jdbc:h2:mem:fixture-" + System.nanoTime());
    final Handlers handlers = new Handlers(store);
    final ObjectService objects = new ObjectService(store, handlers);
    final Allocations allocations = new Allocations(store, handlers);
    final VlanAllocations vlans = new VlanAllocations(store, handlers);

    SimulatorFixture() {
        store.write(() -> {
            TopologyLoader.seedDemo(store);
            return null;
        });
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    JsonNode list(Kind kind, String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            params.add(parts[0], parts[1]);
        }
        return objects.list(kind, params, BASE, BASE + "/api/" + kind.app + "/" + kind.path + "/");
    }

    int count(Kind kind, String query) {
        return list(kind, query).get("count").asInt();
    }

    long interfaceId(String device, String name) {
        return list(Kind.INTERFACE, "device=" + device + "&name=" + name).get("results").get(0).get("id").asLong();
    }

    long deviceId(String name) {
        return list(Kind.DEVICE, "name=" + name).get("results").get(0).get("id").asLong();
    }

    JsonNode cable(long a, long b) {
        return objects.create(Kind.CABLE, json("{\"a_terminations\": [{\"object_type\": \"dcim.interface\", "
                + "\"object_id\": " + a + "}], \"b_terminations\": [{\"object_type\": \"dcim.interface\", "
                + "\"object_id\": " + b + "}]}"), BASE);
    }

    @Override
    public void close() {
        store.close();
    }
}
