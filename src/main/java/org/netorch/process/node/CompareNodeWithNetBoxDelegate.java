package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.DriftAudit;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * serviceTask_compareNodeWithNetBox: reads the node's device from NetBox and records each difference from the node
 * block as an audit event; writes {@code difference_count}. NetBox is never written.
 */
@Component
class CompareNodeWithNetBoxDelegate implements NetBoxStep {

    private final SubscriptionService subscriptions;
    private final NodeInNetBox nodeInNetBox;
    private final DriftAudit drift;
    private final OwnSubscription own;

    CompareNodeWithNetBoxDelegate(SubscriptionService subscriptions, NodeInNetBox nodeInNetBox, DriftAudit drift,
            OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.nodeInNetBox = nodeInNetBox;
        this.drift = drift;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        NodeBlock node = subscriptions.get(own.get(execution)).block(NodeBlock.class).orElseThrow();
        drift.record(execution, nodeInNetBox.differences(node));
    }
}
