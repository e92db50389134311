package org.netorch.process.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.netorch.netbox.Device;
import org.netorch.process.shared.NetBoxStep;
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
        List<Map<String, String>> options = new ArrayList<>();
        for (Device device : candidates.all()) {
            String site = device.site() == null ? "no site" : device.site().display();
            options.add(Map.of("label", device.name() + " (" + site + ")", "value", Long.toString(device.id())));
        }
        execution.setVariable(CreateNodeProcess.DEVICE_OPTIONS, Spin.JSON(options));
    }
}
