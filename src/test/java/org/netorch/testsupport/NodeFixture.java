package org.netorch.testsupport;

import java.time.Clock;
import java.util.UUID;

import org.netorch.netbox.Device;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Descriptions;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Node subscriptions built through the domain, as create_node leaves them, for tests of later workflows. */
public final class NodeFixture {

    public static final String CUSTOMER = "customer-1";
    public static final AuditContext SETUP = AuditContext.user("fixture", "test");

    private final SubscriptionService subscriptions;
    private final TransactionTemplate transaction;

    public NodeFixture(SubscriptionService subscriptions, TransactionTemplate transaction) {
        this.subscriptions = subscriptions;
        this.transaction = transaction;
    }

    /** ACTIVE and in sync, holding the device with its primary addresses as loopbacks; NetBox is not written. */
    public UUID activeNode(Device device) {
        return transaction.execute(status -> {
            Subscription node = subscriptions.create(Product.NODE, CUSTOMER,
                    Descriptions.nodeSubscription(device.name()), SETUP);
            node.update(NodeBlock.of(device.id(), device.name(), "active").withLoopbacks(device.primaryIp4().address(), device.primaryIp6().address()), SETUP);
            node.transitionTo(SubscriptionStatus.PROVISIONING, SETUP, Clock.systemUTC());
            node.transitionTo(SubscriptionStatus.ACTIVE, SETUP, Clock.systemUTC());
            node.markInSync(SETUP);
            return node.id();
        });
    }
}
