package org.netorch.process.node;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ConfigTemplate;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * Create-listener of userTask_confirmNodeConfig: names the task after the router and gives it the rendered
 * configuration ({@code config_text}, task-local), and starts it with the "Configuration applied" box unticked.
 */
@Component
class ConfirmNodeConfigTaskListener implements TaskListener {

    private static final ConfigTemplate TEMPLATE = ConfigTemplate.load("node-config");

    private final SubscriptionService subscriptions;
    private final OwnSubscription own;

    ConfirmNodeConfigTaskListener(SubscriptionService subscriptions, OwnSubscription own) {
        this.subscriptions = subscriptions;
        this.own = own;
    }

    @Override
    public void notify(DelegateTask task) {
        NodeBlock node = subscriptions.get(own.get(task)).block(NodeBlock.class).orElseThrow();
        task.setName("Apply configuration to " + node.nodeName());
        CreateNodeVariables.NODE_NAME.setLocal(task, node.nodeName());
        ProcessVariables.showConfig(task, render(node));
        ProcessVariables.forgetConfigApplied(task.getExecution());
    }

    static String render(NodeBlock node) {
        Ipv4Interface ipv4 = Ipv4Interface.parse(node.ipv4Loopback());
        return TEMPLATE.render(Map.of(
                "node_name", node.nodeName(),
                "ipv4_address", ipv4.address(),
                "ipv4_netmask", ipv4.netmask(),
                "ipv6_loopback", node.ipv6Loopback()));
    }
}
