package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_lockSubscription: takes the circuit's insync lock, or ends at "subscription busy" when the circuit was
 * taken (or left PROVISIONING) since it was chosen.
 */
@Component
class LockSubscriptionDelegate implements JavaDelegate {

    private final SubscriptionService subscriptions;
    private final SubscriptionRepository repository;
    private final ModifiableCircuits circuits;
    private final ProcessAudit audit;

    LockSubscriptionDelegate(SubscriptionService subscriptions, SubscriptionRepository repository,
            ModifiableCircuits circuits, ProcessAudit audit) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.circuits = circuits;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Subscription circuit = subscriptions.get(ProcessVariables.subscriptionId(execution));
        ModifiableCircuits.Refusal refusal = circuits.refusal(circuit);
        if (refusal != null) {
            throw new BpmnError(ModifyCircuitProcess.ERROR_SUBSCRIPTION_BUSY, refusal.reason());
        }
        circuit.lock(audit.of(execution));
        // a concurrent lock shows now, as this job's optimistic-locking failure; its retry then ends at "busy"
        repository.flush();
        execution.setProcessBusinessKey(circuit.id().toString());
    }
}
