package org.netorch.process.node;

import static org.netorch.process.node.CreateNodeVariables.DEVICE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.ProcessVariable;
import org.springframework.stereotype.Component;

/** Complete-listener of userTask_selectNode: the chosen device must still be enrollable when the choice is made. */
@Component
class SelectNodeCompletionCheck implements TaskListener {

    private final NodeCandidates candidates;

    SelectNodeCompletionCheck(NodeCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void notify(DelegateTask task) {
        // what later steps read: a task-local variable of the same name must not show this check another value
        DelegateExecution process = task.getExecution();
        Object chosen = DEVICE_ID.raw(process);
        if (ProcessVariable.isBlank(chosen)) {
            throw new FormCheckException(DEVICE_ID.name(), "choose a router to enroll");
        }
        long deviceId = DEVICE_ID.parse(chosen).orElseThrow(() ->
                new FormCheckException(DEVICE_ID.name(), "'" + chosen + "' is not a NetBox device id"));
        candidates.refusal(deviceId).ifPresent(refusal -> {
            throw refusal.ofTask(DEVICE_ID.name());
        });
    }
}
