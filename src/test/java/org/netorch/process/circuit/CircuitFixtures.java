package org.netorch.process.circuit;

import java.util.UUID;

import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Nodes and ports in domain words for the circuit process tests, which need enrolled routers but not create_node. */
record CircuitFixtures(NetBoxClient netBox, SubscriptionService subscriptions, TransactionTemplate transaction) {

    /** An ACTIVE, in-sync Node subscription for the demo router {@code locN-core}. */
    UUID activeNode(String deviceName) {
        long deviceId = deviceId(deviceName);
        int n = Integer.parseInt(deviceName.substring(3, deviceName.indexOf('-')));
        return transaction.execute(status -> {
            AuditContext who = AuditContext.system();
            Subscription node = subscriptions.create(Product.NODE, "customer-1", "Node " + deviceName, who);
            node.attachNode(deviceId, deviceName, "active", who)
                    .recordLoopbacks("10.0.0." + n + "/32", "2001:db8::" + n + "/128", who);
            subscriptions.transition(node.id(), SubscriptionStatus.PROVISIONING, who);
            subscriptions.transition(node.id(), SubscriptionStatus.ACTIVE, who);
            node.markInSync(who);
            return node.id();
        });
    }

    long deviceId(String deviceName) {
        return netBox.devices(DeviceQuery.all().withName(deviceName)).get(0).id();
    }

    String port(String deviceName, String portName) {
        return Long.toString(netBox.interfaces(InterfaceQuery.onDevice(deviceId(deviceName)).named(portName))
                .get(0).id());
    }
}
