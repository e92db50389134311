package org.netorch.process.circuit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Create-listener of userTask_confirmCircuitConfig (create_circuit and modify_circuit): names the task after both
 * routers and gives it both endpoint configurations, task-local, rendered from the circuit as it stands now, with
 * the "Configuration applied" box unticked.
 */
@Component
class ConfirmCircuitConfigTaskListener implements TaskListener {

    static final String NODE_A_NAME = "node_a_name";
    static final String NODE_B_NAME = "node_b_name";
    static final String CONFIG_TEXT_A = "config_text_a";
    static final String CONFIG_TEXT_B = "config_text_b";
    static final String ISIS_METRIC = "isis_metric";

    private final CircuitConfigs configs;

    ConfirmCircuitConfigTaskListener(CircuitConfigs configs) {
        this.configs = configs;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitConfigs.Pair pair = configs.of(ProcessVariables.subscriptionId(task));
        task.setName("Apply configuration to " + pair.a().nodeName() + " and " + pair.b().nodeName());
        task.setVariableLocal(NODE_A_NAME, pair.a().nodeName());
        task.setVariableLocal(NODE_B_NAME, pair.b().nodeName());
        task.setVariableLocal(CONFIG_TEXT_A, pair.a().render());
        task.setVariableLocal(CONFIG_TEXT_B, pair.b().render());
        task.setVariableLocal(ISIS_METRIC, pair.a().isisMetric());
        // a box ticked for an earlier configuration must not pre-tick this one
        task.getExecution().removeVariable(ProcessVariables.CONFIG_APPLIED);
    }
}
