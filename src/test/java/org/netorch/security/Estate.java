package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ApiClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a workflow must leave alone, seen before and after it ran: every subscription as our API shows it (its version
 * moves with any change), the victims' audit trails, and the victims' NetBox objects as NetBox answers for them
 * ({@code last_updated} included, so even a write of the same value shows). It also knows which NetBox objects each
 * live subscription holds, to find writes to them in the simulator's journal.
 */
final class Estate {

    private static final int MAX_DIFFERENCES_PER_OBJECT = 8;

    private final Map<UUID, JsonNode> subscriptions;
    private final Map<UUID, JsonNode> trails;
    private final Map<String, JsonNode> objects;
    private final Map<String, UUID> held;

    private Estate(Map<UUID, JsonNode> subscriptions, Map<UUID, JsonNode> trails, Map<String, JsonNode> objects,
            Map<String, UUID> held) {
        this.subscriptions = subscriptions;
        this.trails = trails;
        this.objects = objects;
        this.held = held;
    }

    static Estate take(ApiClient admin, ApiClient netBox, Victims victims, SubscriptionRepository repository,
            TransactionTemplate transaction) {
        ApiClient.Response page = admin.get("/api/subscriptions?size=200");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().path("total").asInt()).as("one page holds every subscription").isLessThanOrEqualTo(200);
        Map<UUID, JsonNode> subscriptions = new LinkedHashMap<>();
        page.json().path("items").forEach(item -> subscriptions.put(UUID.fromString(item.path("id").asText()), item));
        Map<UUID, JsonNode> trails = new LinkedHashMap<>();
        for (UUID victim : victims.subscriptions()) {
            trails.put(victim, admin.get("/api/subscriptions/" + victim + "/events").json());
        }
        Map<String, JsonNode> objects = new LinkedHashMap<>();
        for (String path : victims.netBoxObjects()) {
            ApiClient.Response object = netBox.get(path);
            objects.put(path, object.status() == 200 ? object.json()
                    : TextNode.valueOf("absent: " + object.status()));
        }
        return new Estate(subscriptions, trails, objects, held(repository, transaction));
    }

    /** Each NetBox object a live subscription holds, by path: a node's device; a circuit's ports, cable, IP space. */
    private static Map<String, UUID> held(SubscriptionRepository repository, TransactionTemplate transaction) {
        return transaction.execute(status -> {
            Map<String, UUID> held = new LinkedHashMap<>();
            for (Subscription subscription : repository.findAll()) {
                if (subscription.status() == SubscriptionStatus.TERMINATED) {
                    continue;
                }
                UUID id = subscription.id();
                subscription.block(NodeBlock.class).map(NodeBlock::nodeId)
                        .ifPresent(device -> held.put(NetBoxPaths.device(device), id));
                subscription.block(CircuitBlock.class).ifPresent(circuit -> {
                    if (circuit.circuitId() != null) {
                        held.put(NetBoxPaths.cable(circuit.circuitId()), id);
                    }
                    if (circuit.circuitPrefixId() != null) {
                        held.put(NetBoxPaths.prefix(circuit.circuitPrefixId()), id);
                    }
                    if (circuit.linkPrefixId() != null) {
                        held.put(NetBoxPaths.prefix(circuit.linkPrefixId()), id);
                    }
                    for (CircuitEndpoint end : new CircuitEndpoint[] {circuit.endpointA(), circuit.endpointB()}) {
                        if (end != null && end.portId() != null) {
                            held.put(NetBoxPaths.iface(end.portId()), id);
                        }
                        if (end != null && end.addressId() != null) {
                            held.put(NetBoxPaths.address(end.addressId()), id);
                        }
                    }
                });
            }
            return held;
        });
    }

    /** Every difference of {@code later} from this snapshot, leaving out the workflow's own subscriptions. */
    List<String> changesIn(Estate later, Collection<UUID> own) {
        List<String> changes = new ArrayList<>();
        subscriptions.forEach((id, before) -> {
            if (own.contains(id)) {
                return;
            }
            JsonNode after = later.subscriptions.get(id);
            String name = "subscription " + id + " (" + before.path("description").asText() + ")";
            if (after == null) {
                changes.add(name + " is gone");
            } else {
                differences(name, before, after, changes);
            }
        });
        trails.forEach((id, before) -> {
            JsonNode after = later.trails.get(id);
            for (int i = before.size(); after != null && i < after.size(); i++) {
                JsonNode event = after.get(i);
                changes.add("subscription " + id + " has a new audit event: " + event.path("field").asText() + " "
                        + event.path("old_value").asText() + " → " + event.path("new_value").asText() + " by "
                        + event.path("actor").asText() + " in " + event.path("process_instance_id").asText() + " at "
                        + event.path("activity_id").asText());
            }
        });
        objects.forEach((path, before) -> differences("NetBox " + path, before, later.objects.get(path), changes));
        return changes;
    }

    /** The NetBox writes (from the simulator's journal) that hit an object another live subscription holds. */
    List<String> writesToOthers(List<JournalEntry> writes, Collection<UUID> own) {
        List<String> hits = new ArrayList<>();
        for (JournalEntry write : writes) {
            held.forEach((path, holder) -> {
                if (!own.contains(holder) && write.path().startsWith(path)) {
                    hits.add(write.method() + " " + write.path() + " → " + write.status() + " (held by subscription "
                            + holder + ")");
                }
            });
        }
        return hits;
    }

    private static void differences(String name, JsonNode before, JsonNode after, List<String> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<String> found = new ArrayList<>();
        walk("", before, after, found);
        found.stream().limit(MAX_DIFFERENCES_PER_OBJECT).forEach(change -> changes.add(name + ": " + change));
    }

    private static void walk(String at, JsonNode before, JsonNode after, List<String> found) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null && before.isObject() && after.isObject()) {
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                walk(at + "." + field, before.get(field), after.get(field), found);
            }
            for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!before.has(field)) {
                    walk(at + "." + field, null, after.get(field), found);
                }
            }
            return;
        }
        found.add((at.isEmpty() ? "" : at.substring(1) + " ") + shown(before) + " → " + shown(after));
    }

    /** A whole NetBox object is named by its display name, not printed. */
    private static String shown(JsonNode value) {
        if (value != null && value.isObject() && value.has("url")) {
            return "exists (" + value.path("display").asText() + ")";
        }
        if (value != null && value.isArray() && value.size() > 0 && value.get(0).has("url")) {
            List<String> objects = new ArrayList<>();
            value.forEach(object -> objects.add(shown(object)));
            return objects.toString();
        }
        return String.valueOf(value);
    }
}
