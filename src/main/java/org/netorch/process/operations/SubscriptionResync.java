package org.netorch.process.operations;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator declares a subscription in sync again after a failed or aborted workflow left it locked (one that was
 * ACTIVE before and was left PROVISIONING is ACTIVE again); refused while a workflow still works on it, since that
 * workflow will unlock it itself.
 */
@Service
public class SubscriptionResync {

    static final String REASON = "reason";

    private final SubscriptionService subscriptions;
    private final RuntimeService runtimeService;

    SubscriptionResync(SubscriptionService subscriptions, RuntimeService runtimeService) {
        this.subscriptions = subscriptions;
        this.runtimeService = runtimeService;
    }

    /**
     * The operator's reason is required: setting in sync overrides what the orchestrator knows, and the audit trail
     * keeps it on each event of the change.
     */
    @Transactional
    public Subscription markInSync(UUID subscriptionId, AuditContext operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(REASON, "is required: say why the subscription is in sync again");
        }
        String why = reason.strip();
        if (why.length() > AuditContext.MAX_REASON_LENGTH) {
            throw new InvalidInputException(REASON, "must be at most " + AuditContext.MAX_REASON_LENGTH
                    + " characters");
        }
        subscriptions.get(subscriptionId);
        List<String> unfinished = subscriptions.processesLinkedTo(subscriptionId).stream()
                .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .toList();
        if (!unfinished.isEmpty()) {
            throw new ProcessConflictException("subscription " + subscriptionId
                    + " is still being worked on by process " + String.join(", ", unfinished)
                    + "; let it finish, retry it or abort it first");
        }
        return subscriptions.resync(subscriptionId, operator.because(why));
    }
}
