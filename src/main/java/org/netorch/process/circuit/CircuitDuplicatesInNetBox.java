package org.netorch.process.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.Prefix;
import org.netorch.netbox.PrefixQuery;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.Side;
import org.netorch.subscription.SubscriptionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes what create_circuit allocates exist once in NetBox (DESIGN §9 "Exactly once"). NetBox may apply a write after
 * our read timeout gave up on it, even after the retry's look-up found nothing and allocated again, and leave two
 * objects carrying the circuit's marker for one purpose. Of those this keeps the one the circuit block records (the
 * lowest id while none is recorded), deletes the others and records each deletion in the audit trail. Each
 * allocating step runs it for its own purpose and the one before; the sweep before ACTIVE for all of them.
 *
 * <p>A step calls it before it reads the subscription itself: deletions are recorded in transactions of their own
 * (see {@link SubscriptionService#recordDuplicateRemoved}), which a copy the step already held would not see.
 */
@Component
class CircuitDuplicatesInNetBox {

    private static final Logger log = LoggerFactory.getLogger(CircuitDuplicatesInNetBox.class);

    /** What a marked object is for: a prefix by its length, an address by the port it is assigned to. */
    enum Purpose {
        CIRCUIT_PREFIX("circuit prefix"),
        LINK_PREFIX("link prefix"),
        ADDRESS_A("A-side address"),
        ADDRESS_B("B-side address");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        static Purpose address(Side side) {
            return side == Side.A ? ADDRESS_A : ADDRESS_B;
        }
    }

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;

    CircuitDuplicatesInNetBox(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /** The circuit's /64 and /127 after convergence, each under its purpose when NetBox holds one. */
    Map<Purpose, Prefix> prefixes(UUID subscriptionId, DelegateExecution execution) {
        CircuitBlock recorded = subscriptions.committed(subscriptionId).block(CircuitBlock.class).orElseThrow();
        Map<Purpose, List<Prefix>> found = new EnumMap<>(Purpose.class);
        for (Prefix prefix : netBox.prefixes(PrefixQuery.all().describedWith(subscriptionId.toString()))) {
            if (!SubscriptionMarker.carries(prefix.description(), subscriptionId)) {
                continue;
            }
            if (prefix.prefix().endsWith("/" + ReserveCircuitPrefixDelegate.LENGTH)) {
                found.computeIfAbsent(Purpose.CIRCUIT_PREFIX, p -> new ArrayList<>()).add(prefix);
            } else if (prefix.prefix().endsWith("/" + ReserveLinkPrefixDelegate.LENGTH)) {
                found.computeIfAbsent(Purpose.LINK_PREFIX, p -> new ArrayList<>()).add(prefix);
            }
        }
        Map<Purpose, Long> keep = new EnumMap<>(Purpose.class);
        keep.put(Purpose.CIRCUIT_PREFIX, recorded.circuitPrefixId());
        keep.put(Purpose.LINK_PREFIX, recorded.linkPrefixId());
        return converge(subscriptionId, execution, found, keep, Prefix::id, Prefix::prefix, netBox::deletePrefix);
    }

    /** The circuit's endpoint addresses after convergence, each under its side's purpose when NetBox holds one. */
    Map<Purpose, IpAddress> addresses(UUID subscriptionId, DelegateExecution execution) {
        CircuitBlock recorded = subscriptions.committed(subscriptionId).block(CircuitBlock.class).orElseThrow();
        Long portA = recorded.endpointA().portId();
        Long portB = recorded.endpointB().portId();
        Map<Purpose, List<IpAddress>> found = new EnumMap<>(Purpose.class);
        for (IpAddress ip : netBox.ipAddresses(IpAddressQuery.all().describedWith(subscriptionId.toString()))) {
            if (!SubscriptionMarker.carries(ip.description(), subscriptionId) || ip.assignedObjectId() == null) {
                continue;
            }
            if (ip.assignedObjectId().equals(portA)) {
                found.computeIfAbsent(Purpose.ADDRESS_A, p -> new ArrayList<>()).add(ip);
            } else if (ip.assignedObjectId().equals(portB)) {
                found.computeIfAbsent(Purpose.ADDRESS_B, p -> new ArrayList<>()).add(ip);
            }
        }
        Map<Purpose, Long> keep = new EnumMap<>(Purpose.class);
        keep.put(Purpose.ADDRESS_A, recorded.endpointA().addressId());
        keep.put(Purpose.ADDRESS_B, recorded.endpointB().addressId());
        return converge(subscriptionId, execution, found, keep, IpAddress::id, IpAddress::address,
                netBox::deleteIpAddress);
    }

    private <T> Map<Purpose, T> converge(UUID subscriptionId, DelegateExecution execution,
            Map<Purpose, List<T>> found, Map<Purpose, Long> recorded, ToLongFunction<T> id,
            Function<T, String> name, LongPredicate delete) {
        Map<Purpose, T> kept = new EnumMap<>(Purpose.class);
        found.forEach((purpose, objects) -> {
            objects.sort(Comparator.comparingLong(id));
            Long keepId = recorded.get(purpose);
            T keep = keepId == null ? objects.get(0)
                    : objects.stream().filter(o -> id.applyAsLong(o) == keepId).findFirst().orElse(null);
            if (keep == null) {
                // the recorded object is gone from NetBox: which marked one should stand in is not ours to guess
                log.warn("Subscription {}: its {} (NetBox id {}) is not in NetBox; marked ones left as they are: {}",
                        subscriptionId, purpose.label, keepId, objects.stream().map(name).toList());
                return;
            }
            kept.put(purpose, keep);
            String keptName = name.apply(keep) + " (NetBox id " + id.applyAsLong(keep) + ")";
            objects.stream().filter(o -> o != keep).forEach(duplicate -> {
                String what = purpose.label + " " + name.apply(duplicate) + " (NetBox id "
                        + id.applyAsLong(duplicate) + ")";
                String outcome = (delete.test(id.applyAsLong(duplicate)) ? "deleted" : "already deleted")
                        + ", kept " + keptName;
                log.info("Subscription {}: duplicate {} {}", subscriptionId, what, outcome);
                subscriptions.recordDuplicateRemoved(subscriptionId, what, outcome, audit.of(execution));
            });
        });
        return kept;
    }
}
