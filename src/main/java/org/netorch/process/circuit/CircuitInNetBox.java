package org.netorch.process.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.netorch.netbox.Cable;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.CableTermination;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.NetBoxProperties;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.Drift;
import org.netorch.subscription.Side;
import org.springframework.stereotype.Component;

/**
 * How a circuit's objects in NetBox differ from its circuit block (DESIGN §9 "Validate"), one part at a time so that
 * no step makes more than three NetBox calls. Each object is the one whose id the block stores (for circuits from
 * before ids were kept: the one carrying the marker); it must exist, carry the subscription marker and sit where
 * create_circuit put it. Any other object carrying the marker is drift too (DESIGN §9 "Exactly once"). Reads only.
 */
@Component
class CircuitInNetBox {

    /** The parts validate_circuit compares, one step each; the steps' input parameter {@code part}. */
    enum Part { CABLE, PREFIXES, ADDRESSES }

    static final String CONNECTED = "connected";
    private static final String INTERFACE = "dcim.interface";
    private static final int CIRCUIT_PREFIX_LENGTH = 64;
    private static final int LINK_PREFIX_LENGTH = 127;

    private final NetBoxClient netBox;
    private final NetBoxProperties properties;

    CircuitInNetBox(NetBoxClient netBox, NetBoxProperties properties) {
        this.netBox = netBox;
        this.properties = properties;
    }

    List<Drift> differences(Part part, UUID subscriptionId, CircuitBlock circuit) {
        return switch (part) {
            case CABLE -> cable(subscriptionId, circuit);
            case PREFIXES -> prefixes(subscriptionId, circuit);
            case ADDRESSES -> addresses(subscriptionId, circuit);
        };
    }

    /** The cable exists, is connected and joins the two ports; no other cable carries the marker. */
    private List<Drift> cable(UUID subscriptionId, CircuitBlock circuit) {
        List<Drift> drift = new ArrayList<>();
        Long stored = circuit.circuitId();
        long portA = circuit.endpointA().portId();
        long portB = circuit.endpointB().portId();
        Optional<Cable> cable = stored == null ? Optional.empty() : found(() -> netBox.cable(stored));
        if (cable.isEmpty()) {
            drift.add(new Drift(CircuitBlock.CIRCUIT_ID, "cable " + stored, "no cable " + stored + " in NetBox"));
        } else {
            if (!cable.get().hasStatus(CONNECTED)) {
                drift.add(new Drift(CircuitBlock.CIRCUIT_STATUS, CONNECTED,
                        cable.get().status() == null ? "none" : cable.get().status().value()));
            }
            if (!cable.get().joins(portA, portB)) {
                drift.add(new Drift(CircuitBlock.CIRCUIT_ID, "cable " + stored + " joining interfaces " + portA
                        + " and " + portB, "cable " + stored + " joining " + ends(cable.get())));
            }
        }
        // NetBox cannot filter cables by description; the label is the short id, the marker confirms
        netBox.cables(CableQuery.all().labelled(SubscriptionMarker.shortId(subscriptionId))).stream()
                .filter(other -> SubscriptionMarker.carries(other.description(), subscriptionId))
                .filter(other -> !Objects.equals(other.id(), stored))
                .forEach(other -> drift.add(new Drift(CircuitBlock.CIRCUIT_ID, "only cable " + stored,
                        "also cable " + other.id() + " carrying the marker")));
        return drift;
    }

    /**
     * The /64 inside the circuit pool, the /127 inside the /64, both ends' recorded addresses inside the /127; no other
     * prefix carries the marker.
     */
    private List<Drift> prefixes(UUID subscriptionId, CircuitBlock circuit) {
        List<Drift> drift = new ArrayList<>();
        List<Prefix> marked = netBox.prefixes(PrefixQuery.all().describedWith(subscriptionId.toString())).stream()
                .filter(prefix -> SubscriptionMarker.carries(prefix.description(), subscriptionId))
                .toList();
        Optional<Prefix> circuitPrefix = prefixInUse(CircuitBlock.CIRCUIT_PREFIX_ID, circuit.circuitPrefixId(),
                CIRCUIT_PREFIX_LENGTH, marked, subscriptionId, drift);
        Optional<Prefix> linkPrefix = prefixInUse(CircuitBlock.LINK_PREFIX_ID, circuit.linkPrefixId(),
                LINK_PREFIX_LENGTH, marked, subscriptionId, drift);
        circuitPrefix.ifPresent(prefix -> placed(CircuitBlock.CIRCUIT_PREFIX_ID, prefix, CIRCUIT_PREFIX_LENGTH,
                properties.circuitPool(), drift));
        linkPrefix.ifPresent(prefix -> placed(CircuitBlock.LINK_PREFIX_ID, prefix, LINK_PREFIX_LENGTH,
                circuitPrefix.map(Prefix::prefix).orElse(null), drift));
        linkPrefix.flatMap(prefix -> Ipv6Network.parse(prefix.prefix())).ifPresent(link -> {
            for (Side side : Side.values()) {
                CircuitEndpoint end = circuit.endpoint(side);
                if (!link.covers(end.v6IpAddress())) {
                    drift.add(new Drift(CircuitEndpoint.field(side, CircuitEndpoint.V6_IP_ADDRESS), "inside "
                            + linkPrefix.get().prefix(), String.valueOf(end.v6IpAddress())));
                }
            }
        });
        extraPrefixes(CircuitBlock.CIRCUIT_PREFIX_ID, CIRCUIT_PREFIX_LENGTH, circuitPrefix, circuit.circuitPrefixId(),
                marked, drift);
        extraPrefixes(CircuitBlock.LINK_PREFIX_ID, LINK_PREFIX_LENGTH, linkPrefix, circuit.linkPrefixId(), marked,
                drift);
        return drift;
    }

    /** Each end's address is on its port and is the address the end recorded; no other address carries the marker. */
    private List<Drift> addresses(UUID subscriptionId, CircuitBlock circuit) {
        List<Drift> drift = new ArrayList<>();
        List<IpAddress> marked = netBox.ipAddresses(IpAddressQuery.all().describedWith(subscriptionId.toString()))
                .stream()
                .filter(ip -> SubscriptionMarker.carries(ip.description(), subscriptionId))
                .toList();
        Set<Long> inUse = new HashSet<>();
        for (Side side : Side.values()) {
            CircuitEndpoint end = circuit.endpoint(side);
            addressInUse(side, end, marked, subscriptionId, drift).ifPresent(ip -> {
                inUse.add(ip.id());
                if (!INTERFACE.equals(ip.assignedObjectType()) || !Objects.equals(ip.assignedObjectId(), end.portId())) {
                    drift.add(new Drift(CircuitEndpoint.field(side, CircuitEndpoint.PORT_ID), "address " + ip.id() + " on interface "
                            + end.portId(), "address " + ip.id() + " on " + (ip.assignedObjectId() == null
                            ? "no interface" : ip.assignedObjectType() + " " + ip.assignedObjectId())));
                }
                if (!Objects.equals(ip.address(), end.v6IpAddress())) {
                    drift.add(new Drift(CircuitEndpoint.field(side, CircuitEndpoint.V6_IP_ADDRESS), String.valueOf(end.v6IpAddress()),
                            ip.address()));
                }
            });
            if (end.addressId() != null) {
                inUse.add(end.addressId());
            }
        }
        // like terminate: an extra on A's port is counted to A, any other to B
        marked.stream().filter(ip -> !inUse.contains(ip.id())).forEach(ip -> {
            Side side = Objects.equals(ip.assignedObjectId(), circuit.endpointA().portId()) ? Side.A : Side.B;
            CircuitEndpoint end = circuit.endpoint(side);
            drift.add(new Drift(CircuitEndpoint.field(side, CircuitEndpoint.ADDRESS_ID), "only address " + end.addressId(),
                    "also address " + ip.id() + " (" + ip.address() + ") carrying the marker"));
        });
        return drift;
    }

    private Optional<Prefix> prefixInUse(String field, Long stored, int length, List<Prefix> marked,
            UUID subscriptionId, List<Drift> drift) {
        if (stored == null) {
            Optional<Prefix> first = marked.stream().filter(prefix -> hasLength(prefix, length))
                    .min(Comparator.comparingLong(Prefix::id));
            if (first.isEmpty()) {
                drift.add(new Drift(field, "a /" + length + " carrying the marker", "none in NetBox"));
            }
            return first;
        }
        Optional<Prefix> listed = marked.stream().filter(prefix -> prefix.id() == stored).findFirst();
        if (listed.isPresent()) {
            return listed;
        }
        // not among the marked: gone, or its description no longer carries the marker
        Optional<Prefix> unmarked = found(() -> netBox.prefix(stored));
        drift.add(unmarked.isEmpty()
                ? new Drift(field, "prefix " + stored, "no prefix " + stored + " in NetBox")
                : unmarkedDrift(field, "prefix " + stored, unmarked.get().description(), subscriptionId));
        return unmarked;
    }

    private Optional<IpAddress> addressInUse(Side side, CircuitEndpoint end, List<IpAddress> marked,
            UUID subscriptionId, List<Drift> drift) {
        String field = CircuitEndpoint.field(side, CircuitEndpoint.ADDRESS_ID);
        Long stored = end.addressId();
        if (stored == null) {
            Optional<IpAddress> onPort = marked.stream()
                    .filter(ip -> Objects.equals(ip.assignedObjectId(), end.portId())).findFirst();
            if (onPort.isEmpty()) {
                drift.add(new Drift(field, "an address on interface " + end.portId() + " carrying the marker",
                        "none in NetBox"));
            }
            return onPort;
        }
        Optional<IpAddress> listed = marked.stream().filter(ip -> ip.id() == stored).findFirst();
        if (listed.isPresent()) {
            return listed;
        }
        Optional<IpAddress> unmarked = found(() -> netBox.ipAddress(stored));
        drift.add(unmarked.isEmpty()
                ? new Drift(field, "address " + stored, "no address " + stored + " in NetBox")
                : unmarkedDrift(field, "address " + stored, unmarked.get().description(), subscriptionId));
        return unmarked;
    }

    private static void placed(String field, Prefix prefix, int length, String parent, List<Drift> drift) {
        Optional<Ipv6Network> network = Ipv6Network.parse(prefix.prefix());
        if (network.isEmpty() || network.get().length() != length) {
            drift.add(new Drift(field, "prefix " + prefix.id() + " a /" + length, prefix.prefix()));
        } else if (parent != null && !Ipv6Network.parse(parent).map(p -> p.covers(network.get())).orElse(false)) {
            drift.add(new Drift(field, "prefix " + prefix.id() + " inside " + parent, prefix.prefix()));
        }
    }

    private static void extraPrefixes(String field, int length, Optional<Prefix> inUse, Long stored,
            List<Prefix> marked, List<Drift> drift) {
        Long kept = inUse.map(Prefix::id).orElse(stored);
        marked.stream()
                .filter(prefix -> hasLength(prefix, length) && !Objects.equals(prefix.id(), kept))
                .forEach(prefix -> drift.add(new Drift(field, "only prefix " + kept, "also prefix " + prefix.id()
                        + " (" + prefix.prefix() + ") carrying the marker")));
    }

    private static Drift unmarkedDrift(String field, String what, String description, UUID subscriptionId) {
        return new Drift(field, what + " described with " + SubscriptionMarker.describe("", subscriptionId).trim(),
                what + " described '" + description + "'");
    }

    private static boolean hasLength(Prefix prefix, int length) {
        return prefix.prefix() != null && prefix.prefix().endsWith("/" + length);
    }

    private static String ends(Cable cable) {
        return "interfaces " + ids(cable.aTerminations()) + " and " + ids(cable.bTerminations());
    }

    private static String ids(List<CableTermination> terminations) {
        return terminations.isEmpty() ? "nothing" : terminations.stream()
                .map(termination -> String.valueOf(termination.objectId())).collect(Collectors.joining(", "));
    }

    /** The object, or empty when NetBox answers 404 for it. */
    private static <T> Optional<T> found(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
