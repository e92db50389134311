package org.netorch.process.circuit;

import static org.netorch.process.circuit.CreateCircuitVariables.CONFIG_TEXT_A;
import static org.netorch.process.circuit.CreateCircuitVariables.CONFIG_TEXT_B;
import static org.netorch.process.circuit.CreateCircuitVariables.ISIS_METRIC;
import static org.netorch.process.circuit.CreateCircuitVariables.NODE_A_NAME;
import static org.netorch.process.circuit.CreateCircuitVariables.NODE_B_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Create-listener of userTask_confirmCircuitConfig (create_circuit and modify_circuit): names the task after both
 * routers and gives it both endpoint configurations, task-local, rendered from the circuit as it stands now, with
 * the "Configuration applied" box unticked.
 */
@Component
class ConfirmCircuitConfigTaskListener implements TaskListener {

    private final CircuitConfigs configs;
    private final OwnSubscription own;

    ConfirmCircuitConfigTaskListener(CircuitConfigs configs, OwnSubscription own) {
        this.configs = configs;
        this.own = own;
    }

    @Override
    public void notify(DelegateTask task) {
        CircuitConfigs.Pair pair = configs.of(own.get(task));
        task.setName("Apply configuration to " + pair.a().nodeName() + " and " + pair.b().nodeName());
        NODE_A_NAME.setLocal(task, pair.a().nodeName());
        NODE_B_NAME.setLocal(task, pair.b().nodeName());
        CONFIG_TEXT_A.setLocal(task, pair.a().render());
        CONFIG_TEXT_B.setLocal(task, pair.b().render());
        ISIS_METRIC.setLocal(task, pair.a().isisMetric());
        ProcessVariables.forgetConfigApplied(task.getExecution());
    }
}
