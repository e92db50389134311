package org.netorch.process.circuit;

import static org.netorch.process.circuit.CreateCircuitVariables.PRODUCT;
import static org.netorch.process.circuit.CreateCircuitVariables.ROUTER_A;

import java.util.Optional;

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
        refuse(PRODUCT, candidates.productRefusal(PRODUCT.raw(task)));
        refuse(ROUTER_A, candidates.nodeRefusal(ROUTER_A, ROUTER_A.raw(task)));
    }

    static void refuse(ProcessVariable<?> field, Optional<Refusal> refusal) {
        refusal.ifPresent(reason -> {
            throw reason.ofTask(field.name());
        });
    }
}
