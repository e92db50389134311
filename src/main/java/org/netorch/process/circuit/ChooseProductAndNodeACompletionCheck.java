package org.netorch.process.circuit;

import static org.netorch.process.circuit.CreateCircuitVariables.PRODUCT;
import static org.netorch.process.circuit.CreateCircuitVariables.ROUTER_A;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.Refusal;
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
        // what later steps read: a task-local variable of the same name must not show this check another value
        DelegateExecution process = task.getExecution();
        refuse(PRODUCT, candidates.productRefusal(PRODUCT.raw(process)));
        refuse(ROUTER_A, candidates.nodeRefusal(ROUTER_A, ROUTER_A.raw(process)));
    }

    static void refuse(ProcessVariable<?> field, Optional<Refusal> refusal) {
        refusal.ifPresent(reason -> {
            throw reason.ofTask(field.name());
        });
    }
}
