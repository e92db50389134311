package org.netorch.process.circuit;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Interface;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.PrefixQuery;
import org.netorch.process.shared.NetBoxStepException;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.Side;
import org.springframework.stereotype.Component;

/**
 * What NetBox still holds of a circuit, for terminate_circuit's delete steps: the object whose id the circuit block
 * stores, confirmed by the subscription marker in its description (a stored id NetBox no longer knows was deleted by
 * an earlier try), plus every object carrying the marker (circuits from before ids were stored, orphans whose step
 * failed after NetBox wrote, duplicates). A stored id on an object without the marker is not ours: the step stops.
 */
@Component
class CircuitObjectsInNetBox {

    private final NetBoxClient netBox;

    CircuitObjectsInNetBox(NetBoxClient netBox) {
        this.netBox = netBox;
    }

    /** Side A: marked addresses on A's port. Side B: every other marked address, normally the one on B's port. */
    Set<Long> addresses(UUID subscriptionId, CircuitBlock circuit, Side side, DelegateExecution execution) {
        CircuitEndpoint end = circuit.endpoint(side);
        Long portA = circuit.endpointA().portId();
        Set<Long> found = new LinkedHashSet<>();
        stored(end.addressId(), id -> netBox.ipAddress(id).description(), "IP address", subscriptionId, execution)
                .ifPresent(found::add);
        netBox.ipAddresses(IpAddressQuery.all().describedWith(subscriptionId.toString())).stream()
                .filter(ip -> SubscriptionMarker.carries(ip.description(), subscriptionId))
                .filter(ip -> Objects.equals(ip.assignedObjectId(), portA) == (side == Side.A))
                .forEach(ip -> found.add(ip.id()));
        return found;
    }

    /** The circuit's prefixes of one length: the /127 of the link or the /64 of the circuit. */
    Set<Long> prefixes(UUID subscriptionId, Long storedId, int length, DelegateExecution execution) {
        Set<Long> found = new LinkedHashSet<>();
        stored(storedId, id -> netBox.prefix(id).description(), "prefix", subscriptionId, execution)
                .ifPresent(found::add);
        netBox.prefixes(PrefixQuery.all().describedWith(subscriptionId.toString())).stream()
                .filter(prefix -> SubscriptionMarker.carries(prefix.description(), subscriptionId))
                .filter(prefix -> prefix.prefix().endsWith("/" + length))
                .forEach(prefix -> found.add(prefix.id()));
        return found;
    }

    /** The stored cable, and any marked cable on either of the circuit's ports (NetBox cannot filter cables by text). */
    Set<Long> cables(UUID subscriptionId, CircuitBlock circuit, DelegateExecution execution) {
        Set<Long> found = new LinkedHashSet<>();
        stored(circuit.circuitId(), id -> netBox.cable(id).description(), "cable", subscriptionId, execution)
                .ifPresent(found::add);
        for (CircuitEndpoint end : new CircuitEndpoint[] {circuit.endpointA(), circuit.endpointB()}) {
            if (end.portId() == null) {
                continue;
            }
            Interface port = netBox.iface(end.portId());
            if (port.isCabled() && !found.contains(port.cable().id())
                    && SubscriptionMarker.carries(netBox.cable(port.cable().id()).description(), subscriptionId)) {
                found.add(port.cable().id());
            }
        }
        return found;
    }

    private static Optional<Long> stored(Long id, LongFunction<String> description, String kind,
            UUID subscriptionId, DelegateExecution execution) {
        if (id == null) {
            return Optional.empty();
        }
        String text;
        try {
            text = description.apply(id);
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
        if (!SubscriptionMarker.carries(text, subscriptionId)) {
            throw new NetBoxStepException(execution, "NetBox " + kind + " " + id + " that the subscription records "
                    + "does not carry its marker (description '" + text + "'), so it is not deleted; check it in "
                    + "NetBox, then retry");
        }
        return Optional.of(id);
    }
}
