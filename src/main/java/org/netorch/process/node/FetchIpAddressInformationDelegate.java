package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.Device;
import org.netorch.netbox.IpAddressRef;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.NetBoxStepException;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessAudit;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/** serviceTask_fetchIpAddressInformation: copies the device's primary IPv4 and IPv6 addresses as the loopbacks. */
@Component
class FetchIpAddressInformationDelegate implements NetBoxStep {

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;
    private final ProcessAudit audit;
    private final OwnSubscription own;

    FetchIpAddressInformationDelegate(NetBoxClient netBox, SubscriptionService subscriptions, ProcessAudit audit,
            OwnSubscription own) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.own = own;
    }

    @Override
    public void run(DelegateExecution execution) {
        Subscription subscription = subscriptions.get(own.get(execution));
        NodeBlock node = subscription.block(NodeBlock.class).orElseThrow();
        Device device = netBox.device(node.nodeId());
        subscription.update(node.withLoopbacks(address(execution, device, device.primaryIp4(), "IPv4"),
                address(execution, device, device.primaryIp6(), "IPv6")), audit.of(execution));
    }

    private static String address(DelegateExecution execution, Device device, IpAddressRef ip, String family) {
        if (ip == null || ip.address() == null || ip.address().isBlank()) {
            throw new NetBoxStepException(execution, "device " + device.name() + " (" + device.id()
                    + ") has no primary " + family + " address in NetBox; set one on its loopback, then retry");
        }
        return ip.address();
    }
}
