package org.netorch.process.circuit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.process.circuit.CircuitDuplicatesInNetBox.Purpose;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.NetBoxStepException;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.WritesInDoubt;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.CircuitEndpoint;
import org.netorch.subscription.Side;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_assignEndpointAddressA/B: one address of the link's /127 on the port of the end named by the input
 * parameter {@code side}; records it and its NetBox id on the endpoint and writes {@code a/b_address_id}. Keeps one
 * marked address per port and, on side A, one marked /127 (see {@link CircuitDuplicatesInNetBox}); a late second
 * address of A's would hold the one B needs.
 */
@Component
class AssignEndpointAddressDelegate implements NetBoxStep {

    static final String ACTIVE = "active";

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final CircuitDuplicatesInNetBox duplicates;
    private final OwnSubscription own;
    private final WritesInDoubt inDoubt;

    AssignEndpointAddressDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            CircuitDuplicatesInNetBox duplicates, OwnSubscription own, WritesInDoubt inDoubt) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.duplicates = duplicates;
        this.own = own;
        this.inDoubt = inDoubt;
    }

    @Override
    public void run(DelegateExecution execution) {
        Side side = CreateCircuitVariables.SIDE.get(execution);
        UUID subscriptionId = own.get(execution);
        // an earlier try may still land; then it is the one found below
        inDoubt.awaitEarlierTries(execution, subscriptionId);
        // a late write of the step before is removed here: the /127's before side A, A's address before side B
        if (side == Side.A) {
            duplicates.prefixes(subscriptionId, execution);
        }
        Map<Purpose, IpAddress> addresses = duplicates.addresses(subscriptionId, execution);
        Subscription subscription = subscriptions.get(subscriptionId);
        CircuitBlock circuit = subscription.block(CircuitBlock.class).orElseThrow();
        long linkId = circuit.linkPrefixId();
        CircuitEndpoint end = circuit.endpoint(side);
        // an earlier try may have been assigned before its answer was lost
        IpAddress address = Optional.ofNullable(addresses.get(Purpose.address(side)))
                .orElseGet(() -> {
                    try {
                        return inDoubt.send(execution, subscriptionId, () -> netBox.allocateIp(linkId,
                                SubscriptionMarker.describe(end.portDescription(), subscriptionId), end.portId(),
                                ACTIVE));
                    } catch (NetBoxException e) {
                        if (e.isConflict()) {
                            throw new NetBoxStepException(execution, "link prefix " + netBox.prefix(linkId).prefix()
                                    + " has no free address for side " + side + " (" + e.getMessage() + ")");
                        }
                        throw e;
                    }
                });
        subscription.update(circuit.withEndpoint(side, end.withAddress(address.address(), address.id())),
                audit.of(execution));
        CreateCircuitVariables.addressId(side).set(execution, address.id());
    }
}
