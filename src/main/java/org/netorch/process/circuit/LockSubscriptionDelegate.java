package org.netorch.process.circuit;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_lockSubscription: takes the circuit's insync lock, or ends at "subscription busy" when the circuit was
 * taken (or left PROVISIONING) since it was chosen. A concurrent lock fails this job as an optimistic-locking
 * failure; its retry then ends at "busy".
 */
@Component
class LockSubscriptionDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final ModifiableCircuits circuits;
    private final ProcessAudit audit;

    LockSubscriptionDelegate(SubscriptionService subscriptions, ModifiableCircuits circuits, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.circuits = circuits;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID circuit = ProcessVariables.subscriptionId(execution);
        circuits.refusal(subscriptions.get(circuit)).ifPresent(refusal -> {
            throw new BpmnError(ModifyCircuitProcess.ERROR_SUBSCRIPTION_BUSY, refusal.reason());
        });
        subscriptions.lock(circuit, audit.of(execution));
        execution.setProcessBusinessKey(circuit.toString());
    }
}
