package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.DriftAudit;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessVariable;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_compareCableWithNetBox, …PrefixesWithNetBox, …EndpointAddressesWithNetBox: reads the part of the circuit
 * named by the input parameter {@code part} from NetBox and records each difference from the circuit block as an
 * audit event; adds to {@code difference_count}. NetBox is never written.
 */
@Component
class CompareCircuitWithNetBoxDelegate implements NetBoxStep {

    static final String PART_PARAMETER = "part";
    private static final ProcessVariable<CircuitInNetBox.Part> PART =
            ProcessVariable.choice(PART_PARAMETER, CircuitInNetBox.Part.class);

    private final SubscriptionService subscriptions;
    private final CircuitInNetBox circuitInNetBox;
    private final DriftAudit drift;
    private final OwnSubscription own;

    CompareCircuitWithNetBoxDelegate(SubscriptionService subscriptions, CircuitInNetBox circuitInNetBox,
            DriftAudit drift,
            OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.circuitInNetBox = circuitInNetBox;
        this.drift = drift;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        UUID subscriptionId = own.get(execution);
        drift.record(execution, circuitInNetBox.differences(PART.get(execution), subscriptionId,
                subscriptions.get(subscriptionId).block(CircuitBlock.class).orElseThrow()));
    }
}
