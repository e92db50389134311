package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.FormCheckException;
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
        Object chosen = task.getVariable(CreateNodeProcess.DEVICE_ID);
        if (chosen == null || chosen.toString().isBlank()) {
            throw new FormCheckException(CreateNodeProcess.DEVICE_ID, "choose a router to enroll");
        }
        long deviceId;
        try {
            deviceId = Long.parseLong(chosen.toString().trim());
        } catch (NumberFormatException e) {
            throw new FormCheckException(CreateNodeProcess.DEVICE_ID, "'" + chosen + "' is not a NetBox device id");
        }
        String refusal = candidates.refusal(deviceId);
        if (refusal != null) {
            throw new FormCheckException(CreateNodeProcess.DEVICE_ID, refusal);
        }
    }
}
