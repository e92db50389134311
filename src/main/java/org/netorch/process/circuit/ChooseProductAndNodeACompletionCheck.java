package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_chooseProductAndNodeA: a circuit product, and an A-side node still eligible. */
@Component
class ChooseProductAndNodeACompletionCheck implements TaskListener {

    private final CircuitCandidates candidates;

    ChooseProductAndNodeACompletionCheck(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void notify(DelegateTask task) {
        refuseIfSet(CreateCircuitProcess.PRODUCT,
                candidates.productRefusal(task.getVariable(CreateCircuitProcess.PRODUCT)));
        refuseIfSet(CreateCircuitProcess.ROUTER_A,
                candidates.nodeRefusal(task.getVariable(CreateCircuitProcess.ROUTER_A)));
    }

    static void refuseIfSet(String field, String refusal) {
        if (refusal != null) {
            throw new FormCheckException(field, refusal);
        }
    }
}
