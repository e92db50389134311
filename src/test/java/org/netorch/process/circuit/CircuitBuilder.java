package org.netorch.process.circuit;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.netorch.testsupport.ProcessEngineTest;

/**
 * Circuits built as operators build them, by running create_circuit through the engine (process tests drive the
 * jobs), so NetBox holds their prefixes, addresses and cable and the circuit block their ids.
 */
final class CircuitBuilder {

    private final CircuitFixture fixture;

    CircuitBuilder(CircuitFixture fixture) {
        this.fixture = fixture;
    }

    /** An ACTIVE, in-sync 400G circuit between the two nodes' ports of that name. */
    UUID active(UUID nodeA, String routerA, UUID nodeB, String routerB, String port) {
        ProcessInstance process = start(nodeA, routerA, nodeB, routerB, port);
        while (isRunning(process)) {
            if (isWaitingAt(process, CreateCircuitProcess.CONFIRM_CIRCUIT_CONFIG)) {
                complete(task(process), withVariables("config_applied", true));
            } else {
                execute(job(process));
            }
        }
        return subscriptionOf(process);
    }

    /** create_circuit run up to {@code step} (not run yet); its subscription exists once the model is built. */
    ProcessInstance upTo(UUID nodeA, String routerA, UUID nodeB, String routerB, String port, String step) {
        ProcessInstance process = start(nodeA, routerA, nodeB, routerB, port);
        while (!isWaitingAt(process, step)) {
            execute(job(process));
        }
        return process;
    }

    static UUID subscriptionOf(ProcessInstance process) {
        return UUID.fromString(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(process.getId()).singleResult().getBusinessKey());
    }

    private ProcessInstance start(UUID nodeA, String routerA, UUID nodeB, String routerB, String port) {
        return ProcessEngineTest.start(CreateCircuitProcess.KEY, Map.of(
                CreateCircuitProcess.PRODUCT, "Circuit 400G",
                CreateCircuitProcess.ROUTER_A, nodeA.toString(), CreateCircuitProcess.ROUTER_B, nodeB.toString(),
                CreateCircuitProcess.A_PORT, fixture.portId(routerA, port),
                CreateCircuitProcess.B_PORT, fixture.portId(routerB, port)));
    }

    private static boolean isRunning(ProcessInstance process) {
        return runtimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() > 0;
    }

    private static boolean isWaitingAt(ProcessInstance process, String activity) {
        return runtimeService().getActiveActivityIds(process.getId()).contains(activity);
    }
}
