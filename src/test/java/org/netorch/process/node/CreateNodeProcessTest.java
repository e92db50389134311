package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.netorch.process.node.CreateNodeProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;
import static org.netorch.process.shared.ProcessVariables.CONFIG_TEXT;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.Product;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class CreateNodeProcessTest extends ProcessEngineTest {

    @Autowired
    NetBoxClient netBox;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void enrollsThePlannedRouterChosenInTheSelectionTaskAndActivatesIt() {
        ProcessInstance process = start(KEY);
        assertThat(process).isWaitingAt(LIST_CANDIDATE_DEVICES);
        execute(job());

        assertThat(process).isWaitingAt(SELECT_NODE);
        SpinJsonNode options = (SpinJsonNode) runtimeService().getVariable(process.getId(), DEVICE_OPTIONS);
        assertThat(options.elements()).extracting(o -> o.prop("label").stringValue())
                .contains("loc1-core (Location 1)", "loc5-core (Location 5)");
        assertThat(journal.entries()).filteredOn(request -> request.path().equals("/api/dcim/devices/"))
                .extracting(JournalEntry::query).singleElement().asString().contains("&fields=id%2Cname%2Csite&");
        complete(task(), withVariables(DEVICE_ID, deviceId("loc1-core")));

        runToConfigTask(process);
        Task confirm = task();
        assertThat(confirm.getName()).isEqualTo("Apply configuration to loc1-core");
        String config = (String) processEngine.getTaskService().getVariableLocal(confirm.getId(), CONFIG_TEXT);
        assertThat(config).contains("hostname loc1-core", "ip address 10.0.0.1 255.255.255.255",
                "ipv6 address 2001:db8::1/128");
        complete(confirm, withVariables(CONFIG_APPLIED, true));

        assertThat(process).isWaitingAt(UPDATE_NODE_STATUS_IN_NETBOX);
        execute(job());
        assertThat(process).isEnded().hasPassedInOrder(LIST_CANDIDATE_DEVICES, SELECT_NODE, CONSTRUCT_NODE_MODEL,
                STORE_PROCESS_SUBSCRIPTION, FETCH_IP_ADDRESS_INFORMATION, SET_STATUS_PROVISIONING,
                CONFIRM_NODE_CONFIG, UPDATE_NODE_STATUS_IN_NETBOX, SET_STATUS_ACTIVE, SET_IN_SYNC, END_NODE_ACTIVE);

        Subscription node = subscriptionOf(process);
        assertThat(node.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(node.insync()).isTrue();
        assertThat(node.description()).isEqualTo("Node loc1-core");
        assertThat(node.block(NodeBlock.class).orElseThrow().nodeStatus()).isEqualTo("active");
        assertThat(netBox.device(Long.parseLong(deviceId("loc1-core"))).hasStatus("active")).isTrue();
    }

    @Test
    void startedWithADeviceTheSelectionIsSkipped() {
        ProcessInstance process = start(KEY,
                Map.of(DEVICE_ID, deviceId("loc2-core")));

        runToConfigTask(process);
        complete(task(), withVariables(CONFIG_APPLIED, true));
        execute(job());

        assertThat(process).isEnded().hasNotPassed(LIST_CANDIDATE_DEVICES, SELECT_NODE).hasPassed(END_NODE_ACTIVE);
        assertThat(subscriptionOf(process).block(NodeBlock.class).orElseThrow().ipv4Loopback()).isEqualTo("10.0.0.2/32");
    }

    @Test
    void aDeviceEnrolledByAnotherWorkflowAfterTheStartCheckEndsAtDeviceAlreadyEnrolled() {
        String loc3 = deviceId("loc3-core");
        ProcessInstance process = start(KEY, Map.of(DEVICE_ID, loc3));
        transaction.executeWithoutResult(status -> {
            Subscription s = subscriptions.create(Product.NODE, "customer-1", "Node loc3-core",
                    AuditContext.system());
            s.update(NodeBlock.of(Long.parseLong(loc3), "loc3-core", "planned"), AuditContext.system());
        });

        assertThat(process).isWaitingAt(CONSTRUCT_NODE_MODEL);
        execute(job());

        assertThat(process).isEnded().hasPassed(END_CHOICE_REFUSED).hasNotPassed(STORE_PROCESS_SUBSCRIPTION);
    }

    @Test
    void aDeviceAlreadyEnrolledWhenGivenAtTheStartIsRefusedBeforeAnythingIsWritten() {
        String loc3 = deviceId("loc3-core");
        transaction.executeWithoutResult(status -> {
            Subscription s = subscriptions.create(Product.NODE, "customer-1", "Node loc3-core",
                    AuditContext.system());
            s.update(NodeBlock.of(Long.parseLong(loc3), "loc3-core", "planned"), AuditContext.system());
        });
        journal.clear();

        startRefused(KEY, Map.of(DEVICE_ID, loc3), "loc3-core");

        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void theConfigurationTaskRefusesCompletionUntilTheBoxIsTicked() {
        ProcessInstance process = start(KEY,
                Map.of(DEVICE_ID, deviceId("loc4-core")));
        runToConfigTask(process);

        assertThatThrownBy(() -> complete(task(), withVariables(CONFIG_APPLIED, false)))
                .hasMessageContaining(CONFIG_APPLIED);

        assertThat(process).isWaitingAt(CONFIRM_NODE_CONFIG);
        assertThat(subscriptionOf(process).status()).isEqualTo(SubscriptionStatus.PROVISIONING);
    }

    private void runToConfigTask(ProcessInstance process) {
        assertThat(process).isWaitingAt(CONSTRUCT_NODE_MODEL);
        execute(job());
        assertThat(process).isWaitingAt(FETCH_IP_ADDRESS_INFORMATION);
        execute(job());
        assertThat(process).isWaitingAt(CONFIRM_NODE_CONFIG);
        assertThat(subscriptionOf(process).status()).isEqualTo(SubscriptionStatus.PROVISIONING);
    }

    private Subscription subscriptionOf(ProcessInstance process) {
        String businessKey = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey();
        return subscriptions.get(UUID.fromString(businessKey));
    }

    private String deviceId(String name) {
        return Long.toString(netBox.devices(DeviceQuery.all().withName(name)).get(0).id());
    }
}
