package org.netorch.process.node;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.SelectOption;
import org.springframework.stereotype.Component;

/** serviceTask_listCandidateDevices: puts the enrollable devices into {@code device_options} for the select. */
@Component
class ListCandidateDevicesDelegate implements NetBoxStep {

    private final NodeCandidates candidates;

    ListCandidateDevicesDelegate(NodeCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void run(DelegateExecution execution) {
        CreateNodeVariables.DEVICE_OPTIONS.set(execution, candidates.all().stream()
                .map(device -> new SelectOption(
                        device.name() + " (" + (device.site() == null ? "no site" : device.site().display()) + ")",
                        Long.toString(device.id())))
                .toList());
    }
}
