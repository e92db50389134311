package org.netorch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorFaults;

/**
 * A NetBox read that fails on both tries of a step's job (a 5xx each time, or a 5xx and then a read timeout), so the
 * job runs out of retries and becomes an incident; then Cockpit's Retry once NetBox answers again.
 */
public enum FailedRead {

    SERVER_ERROR("503"), TIMEOUT("read timed out");

    private final String answer;

    FailedRead(String answer) {
        this.answer = answer;
    }

    /**
     * Runs the process's next job twice with this read failing; its incident must be at {@code step} and name the
     * call ({@code "<step name>: GET <path>"}) and NetBox's answer.
     */
    public void failStep(ProcessInstance process, SimulatorFaults faults, String pathPattern, String step,
            String call) {
        faults.inject(SimulatedFault.failNext("GET", pathPattern, 503, this == SERVER_ERROR ? 2 : 1));
        if (this == TIMEOUT) {
            faults.inject(SimulatedFault.delayNext("GET", pathPattern, ProcessEngineTest.SLOWER_THAN_READ_TIMEOUT));
        }
        assertThatThrownBy(() -> execute(job(process)));
        assertThatThrownBy(() -> execute(job(process)));
        assertThat(incidents(process)).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(step);
            assertThat(incident.getIncidentMessage()).startsWith(call).contains(answer);
        });
    }

    /** What Cockpit's Retry does once NetBox answers: one more try of the failed job, which now runs through. */
    public static void retry(ProcessInstance process, SimulatorFaults faults) {
        faults.clear();
        managementService().setJobRetries(incidents(process).get(0).getConfiguration(), 1);
        execute(job(process));
        assertThat(incidents(process)).isEmpty();
    }

    private static List<Incident> incidents(ProcessInstance process) {
        return runtimeService().createIncidentQuery().processInstanceId(process.getId()).list();
    }
}
