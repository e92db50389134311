package org.netorch.process.circuit;

import static org.netorch.process.circuit.ChooseProductAndNodeACompletionCheck.refuse;
import static org.netorch.process.circuit.CreateCircuitVariables.ROUTER_B;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.Refusal;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseNodeB: a node still eligible, and not the A side. */
@Component
class ChooseNodeBCompletionCheck implements TaskListener {

    private final CircuitCandidates candidates;

    ChooseNodeBCompletionCheck(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void notify(DelegateTask task) {
        // what later steps read: a task-local variable of the same name must not show this check another value
        DelegateExecution process = task.getExecution();
        refuse(ROUTER_B, candidates.nodeRefusal(ROUTER_B, ROUTER_B.raw(process)));
        CircuitChoice choice = CircuitChoice.of(process);
        if (choice.routerB().equals(choice.routerA())) {
            throw Refusal.invalid("the B side must be another node than the A side").ofTask(ROUTER_B.name());
        }
    }
}
