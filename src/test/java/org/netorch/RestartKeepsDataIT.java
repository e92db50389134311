package org.netorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps subscriptions and the simulator's NetBox state in files across a restart. */
class RestartKeepsDataIT {

    @TempDir
    Path data;

    @Test
    void aRestartKeepsEverySubscriptionAndTheSimulatorsState() {
        UUID subscriptionId;
        try (ConfigurableApplicationContext first = start()) {
            subscriptionId = first.getBean(SubscriptionService.class)
                    .create(Product.NODE, "customer-1", "Node loc4-core", AuditContext.system()).id();
            NetBoxClient netBox = first.getBean(NetBoxClient.class);
            netBox.updateDeviceStatus(loc4(netBox).id(), "active");
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(SubscriptionRepository.class).findById(subscriptionId))
                    .hasValueSatisfying(s -> assertThat(s.description()).isEqualTo("Node loc4-core"));
            assertThat(loc4(second.getBean(NetBoxClient.class)).hasStatus("active")).isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NetworkOrchestratorApplication.class).run(
                "--server.port=0",
                "--orchestrator.demo=true",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("orchestrator"),
                "--netbox.simulator.store-url=jdbc:h2:file:" + data.resolve("netbox-sim"),
                "--camunda.bpm.job-execution.enabled=false",
                // its own engine name: closing this context must not unregister the engine other tests use
                "--camunda.bpm.process-engine-name=restarttest");
    }

    private static Device loc4(NetBoxClient netBox) {
        return netBox.devices(DeviceQuery.all().withName("loc4-core")).get(0);
    }
}
