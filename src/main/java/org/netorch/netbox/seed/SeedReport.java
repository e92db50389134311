package org.netorch.netbox.seed;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How many objects of each kind a seed run created and how many it found already in place. */
public record SeedReport(Map<Item, Count> counts) {

    public enum Item {
        SITES("sites"),
        MANUFACTURERS("manufacturers"),
        DEVICE_TYPES("device types"),
        DEVICE_ROLES("device roles"),
        DEVICES("devices"),
        INTERFACES("interfaces"),
        IP_ADDRESSES("IP addresses"),
        PRIMARY_IPS("primary IPs"),
        PREFIXES("prefixes"),
        VLAN_GROUPS("VLAN groups");

        private final String label;

        Item(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** For {@link Item#PRIMARY_IPS}, "created" counts primary addresses set on a device, "found" those already set. */
    public record Count(int created, int found) {
    }

    public SeedReport {
        Map<Item, Count> complete = new EnumMap<>(Item.class);
        for (Item item : Item.values()) {
            complete.put(item, counts.getOrDefault(item, new Count(0, 0)));
        }
        counts = Map.copyOf(complete);
    }

    public int created(Item item) {
        return counts.get(item).created();
    }

    public int found(Item item) {
        return counts.get(item).found();
    }

    public int totalCreated() {
        return Stream.of(Item.values()).mapToInt(this::created).sum();
    }

    public int totalFound() {
        return Stream.of(Item.values()).mapToInt(this::found).sum();
    }

    public boolean changedNothing() {
        return totalCreated() == 0;
    }

    /** One summary line, then one line per kind, as the seed command prints it. */
    public String render() {
        String summary = changedNothing()
                ? "NetBox already holds the demo topology: nothing created, " + totalFound() + " objects found."
                : "NetBox seeded: " + totalCreated() + " objects created, " + totalFound() + " found already.";
        return summary + System.lineSeparator() + Stream.of(Item.values())
                .map(item -> String.format("  %-14s created %4d   found %4d", item.label(), created(item), found(item)))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
