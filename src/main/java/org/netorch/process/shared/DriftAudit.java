package org.netorch.process.shared;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.subscription.Drift;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * What every step of a validation that compares with NetBox does with its findings: one audit event per difference
 * on the subscription, in the step's own transaction, and the running count the diagram's "drift found?" reads.
 */
@Component
public class DriftAudit {

    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    DriftAudit(SubscriptionService subscriptions, ProcessAudit audit, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    public void record(DelegateExecution execution, List<Drift> drift) {
        if (!drift.isEmpty()) {
            subscriptions.recordDrift(own.get(execution), drift, audit.of(execution));
        }
        ProcessVariables.countDifferences(execution, drift.size());
    }
}
