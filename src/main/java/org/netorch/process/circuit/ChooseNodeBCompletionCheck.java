package org.netorch.process.circuit;

import static org.netorch.process.circuit.ChooseProductAndNodeACompletionCheck.refuseIfSet;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
        Object routerB = task.getVariable(CreateCircuitProcess.ROUTER_B);
        refuseIfSet(CreateCircuitProcess.ROUTER_B, candidates.nodeRefusal(routerB));
        CircuitChoice choice = CircuitChoice.of(task);
        refuseIfSet(CreateCircuitProcess.ROUTER_B, choice.routerB().equals(choice.routerA())
                ? "the B side must be another node than the A side" : null);
    }
}
