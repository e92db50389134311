package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.netorch.process.node.TerminateNodeProcess.*;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Descriptions;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * terminate_node's one NetBox step under each kind of NetBox failure: an incident that names the step, the retry
 * finishes, and the device's status is written once.
 */
class TerminateNodeFaultTest extends ProcessEngineTest {

    private static final String DEVICE = "/api/dcim/devices/*/";
    private static final String STEP_NAME = "Decommission device in NetBox";
    private static final AuditContext SETUP = AuditContext.user("fixture", "test");

    enum Failure { SERVER_ERROR, TIMEOUT, APPLIED_THEN_500 }

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;

    Device device;
    UUID node;

    @BeforeEach
    void anActiveNode() {
        device = netBox.devices(DeviceQuery.all().withName("loc2-core")).get(0);
        netBox.updateDeviceStatus(device.id(), "active");
        node = transaction.execute(status -> {
            Subscription subscription = subscriptions.create(Product.NODE, "customer-1",
                    Descriptions.nodeSubscription(device.name()), SETUP);
            subscription.update(NodeBlock.of(device.id(), device.name(), "active").withLoopbacks(device.primaryIp4().address(), device.primaryIp6().address()), SETUP);
            subscription.transitionTo(SubscriptionStatus.PROVISIONING, SETUP, Clock.systemUTC());
            subscription.transitionTo(SubscriptionStatus.ACTIVE, SETUP, Clock.systemUTC());
            subscription.markInSync(SETUP);
            return subscription.id();
        });
        journal.clear();
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void aFailedDecommissionBecomesAnIncidentAndTheRetryFinishesWithOneWrite(Failure failure) {
        ProcessInstance process = start(KEY,
                Map.of(SUBSCRIPTION_ID, node.toString()));
        execute(job(process));
        assertThat(process).isWaitingAt(DECOMMISSION_DEVICE_IN_NETBOX);

        switch (failure) {
            case SERVER_ERROR -> {
                faults.inject(SimulatedFault.failNext("PATCH", DEVICE, 503, 2));
                failTwice(process);
                assertIncident(process, STEP_NAME + ": PATCH", "503");
            }
            case TIMEOUT -> {
                faults.inject(SimulatedFault.failNext("PATCH", DEVICE, 503, 1));
                faults.inject(SimulatedFault.delayNext("PATCH", DEVICE, SLOWER_THAN_READ_TIMEOUT));
                failTwice(process);
                assertIncident(process, STEP_NAME + ": PATCH", "read timed out");
                pause(1000);
            }
            case APPLIED_THEN_500 -> {
                faults.inject(SimulatedFault.applyThenFail("PATCH", DEVICE, 500));
                assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("500");
                faults.inject(SimulatedFault.failNext("GET", DEVICE, 503, 1));
                assertThatThrownBy(() -> execute(job(process)));
                assertIncident(process, STEP_NAME + ": GET", "503");
            }
        }
        faults.clear();
        managementService().setJobRetries(incidents(process).get(0).getConfiguration(), 1);
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }

        assertThat(process).hasPassed(END_NODE_TERMINATED);
        assertThat(subscriptions.get(node).status()).isEqualTo(SubscriptionStatus.TERMINATED);
        assertThat(netBox.device(device.id()).hasStatus("decommissioning")).isTrue();
        assertThat(journal.writes()).filteredOn(w -> w.status() == 200 || w.status() == 500)
                .as("PATCHes that landed").hasSize(1);
    }

    private void failTwice(ProcessInstance process) {
        assertThatThrownBy(() -> execute(job(process)));
        assertThatThrownBy(() -> execute(job(process)));
    }

    private void assertIncident(ProcessInstance process, String start, String answer) {
        assertThat(incidents(process)).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(DECOMMISSION_DEVICE_IN_NETBOX);
            assertThat(incident.getIncidentMessage()).startsWith(start).contains(answer);
        });
    }

    private List<Incident> incidents(ProcessInstance process) {
        return runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
    }
}
