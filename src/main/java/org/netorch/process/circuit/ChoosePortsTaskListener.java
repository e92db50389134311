package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create-listener of userTask_choosePorts: names the task after both routers and gives the form their names. */
@Component
class ChoosePortsTaskListener implements TaskListener {

    private final CircuitCandidates candidates;

    ChoosePortsTaskListener(CircuitCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitChoice choice = CircuitChoice.of(task);
        String nodeA = candidates.nodeName(choice.routerA());
        String nodeB = candidates.nodeName(choice.routerB());
        task.setName("Choose ports on " + nodeA + " and " + nodeB);
        CreateCircuitVariables.NODE_A_NAME.setLocal(task, nodeA);
        CreateCircuitVariables.NODE_B_NAME.setLocal(task, nodeB);
    }
}
