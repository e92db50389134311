package org.netorch.process.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.netorch.process.node.ValidateNodeProcess.*;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.process.operations.ProcessDetailsReader;
import org.netorch.subscription.NodeBlock;
import org.netorch.testsupport.FailedRead;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.NodeFixture;
import org.netorch.testsupport.ProcessEngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * validate_node's NetBox read failing: an incident naming the call and NetBox's answer, and after the retry the same
 * outcome, with each difference recorded once, as without the failure; NetBox is never written.
 */
class ValidateNodeFaultTest extends ProcessEngineTest {

    private static final String DEVICE = "/api/dcim/devices/*/";

    @Autowired
    NetBoxLookup lookup;
    @Autowired
    NetBoxClient netBox;
    @Autowired
    ProcessDetailsReader details;
    @Autowired
    TransactionTemplate transaction;

    static Stream<Arguments> faults() {
        return Stream.of(FailedRead.values())
                .flatMap(failure -> Stream.of(true, false).map(drift -> Arguments.of(failure, drift)));
    }

    @ParameterizedTest(name = "GET device {0}, drift {1}")
    @MethodSource("faults")
    void aFailedReadBecomesAnIncidentAndTheRetryEndsAsWithoutIt(FailedRead failure, boolean drift) {
        lookup.awaitAnswering();
        Device loc1 = netBox.devices(DeviceQuery.all().withName("loc1-core")).get(0);
        netBox.updateDeviceStatus(loc1.id(), drift ? "offline" : "active");
        UUID node = new NodeFixture(subscriptions, transaction).activeNode(loc1);
        journal.clear();
        ProcessInstance process = start(KEY, Map.of(SUBSCRIPTION_ID, node.toString()));
        execute(job(process));
        assertThat(process).isWaitingAt(COMPARE_NODE_WITH_NETBOX);

        failure.failStep(process, faults, DEVICE, COMPARE_NODE_WITH_NETBOX,
                "Compare node with NetBox: GET /api/dcim/devices/" + loc1.id() + "/");
        FailedRead.retry(process, faults);
        while (runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0) {
            execute(job(process));
        }

        assertThat(process).isEnded().hasPassed(drift ? END_DRIFT_FOUND : END_IN_SYNC);
        assertThat(subscriptions.get(node).insync()).isEqualTo(!drift);
        if (drift) {
            assertThat(details.read(process.getId()).differences()).singleElement()
                    .satisfies(difference -> assertThat(difference.field()).isEqualTo(NodeBlock.NODE_STATUS));
        } else {
            assertThat(details.read(process.getId()).differences()).isEmpty();
        }
        assertThat(journal.writes()).isEmpty();
    }
}
