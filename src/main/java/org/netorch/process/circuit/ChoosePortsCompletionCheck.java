package org.netorch.process.circuit;

import static org.netorch.process.circuit.ChooseProductAndNodeACompletionCheck.refuseIfSet;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_choosePorts: both ports must still be free when the choice is made. */
@Component
class ChoosePortsCompletionCheck implements TaskListener {

    private final CircuitCandidates candidates;

    ChoosePortsCompletionCheck(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitChoice choice = CircuitChoice.of(task);
        refuseIfSet(CreateCircuitProcess.A_PORT, candidates.portRefusal(
                task.getVariable(CreateCircuitProcess.A_PORT), choice.routerA(), choice.product()));
        refuseIfSet(CreateCircuitProcess.B_PORT, candidates.portRefusal(
                task.getVariable(CreateCircuitProcess.B_PORT), choice.routerB(), choice.product()));
    }
}
