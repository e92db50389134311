package org.netorch.process.circuit;

import static org.netorch.process.circuit.ChooseProductAndNodeACompletionCheck.refuse;
import static org.netorch.process.circuit.CreateCircuitVariables.A_PORT;
import static org.netorch.process.circuit.CreateCircuitVariables.B_PORT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
        // what later steps read: a task-local variable of the same name must not show this check another value
        DelegateExecution process = task.getExecution();
        CircuitChoice choice = CircuitChoice.of(process);
        refuse(A_PORT, candidates.portRefusal(A_PORT, A_PORT.raw(process), choice.routerA(), choice.product()));
        refuse(B_PORT, candidates.portRefusal(B_PORT, B_PORT.raw(process), choice.routerB(), choice.product()));
    }
}
