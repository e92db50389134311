package org.netorch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The flow tests' guard: a diagram's bean that no test registers fails, it is never silently skipped. */
class FlowBeansTest {

    @Test
    void findsEveryBeanADiagramBindsButNotTheEnginesOwnExecution() {
        assertThat(FlowBeans.boundNames("bpmn/create_node.bpmn"))
                .contains("constructNodeModelDelegate", "selectNodeCompletionCheck", "confirmNodeConfigTaskListener",
                        "setStatusDelegate", "retryPolicy")
                .doesNotContain("execution");
    }

    @Test
    void refusesToRegisterWhenABoundBeanIsMissing() {
        FlowBeans missingOne = new FlowBeans("bpmn/modify_circuit.bpmn")
                .delegates("listModifiableCircuitsDelegate", "lockSubscriptionDelegate",
                        "storeProcessSubscriptionDelegate", "setStatusDelegate", "recordMaintenanceModeDelegate")
                .listeners("chooseCircuitToModifyCompletionCheck", "chooseMaintenanceModeTaskListener",
                        "chooseMaintenanceModeCompletionCheck", "confirmCircuitConfigTaskListener",
                        "configAppliedCompletionCheck");

        assertThatThrownBy(missingOne::register).hasMessageContaining("setInSyncDelegate");
    }

    @Test
    void refusesToRegisterABeanTheDiagramDoesNotBind() {
        FlowBeans oneTooMany = new FlowBeans("bpmn/modify_circuit.bpmn")
                .delegates(FlowBeans.boundNames("bpmn/modify_circuit.bpmn").toArray(String[]::new))
                .delegates("updateNodeStatusInNetBoxDelegate");

        assertThatThrownBy(oneTooMany::register).hasMessageContaining("updateNodeStatusInNetBoxDelegate");
    }
}
