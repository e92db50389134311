package org.netorch.process.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

class SkipMarkTest {

    @Test
    void aStepMarkedForOperatorsSaysWhatTheyConfirm() {
        assertThat(SkipMark.of(step(Map.of(SkipMark.CONFIRMS, "device set active in NetBox by hand",
                SkipMark.BY, SkipMark.OPERATORS))))
                .contains(new SkipMark("device set active in NetBox by hand", true));
    }

    @Test
    void withoutSkipByOnlyAdminsMaySkip() {
        assertThat(SkipMark.of(step(Map.of(SkipMark.CONFIRMS, "cable removed by hand"))))
                .contains(new SkipMark("cable removed by hand", false));
    }

    @Test
    void aStepWithoutWhatIsConfirmedOrWithAnUnknownSkipperIsNotSkippable() {
        assertThat(SkipMark.of(step(Map.of()))).isEmpty();
        assertThat(SkipMark.of(step(Map.of(SkipMark.BY, SkipMark.OPERATORS)))).isEmpty();
        assertThat(SkipMark.of(step(Map.of(SkipMark.CONFIRMS, "done", SkipMark.BY, "everyone")))).isEmpty();
    }

    private static Activity step(Map<String, String> properties) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent()
                .serviceTask("serviceTask_step").camundaDelegateExpression("${stepDelegate}").endEvent().done();
        Activity step = model.getModelElementById("serviceTask_step");
        if (!properties.isEmpty()) {
            CamundaProperties container = model.newInstance(CamundaProperties.class);
            properties.forEach((name, value) -> {
                CamundaProperty property = model.newInstance(CamundaProperty.class);
                property.setCamundaName(name);
                property.setCamundaValue(value);
                container.getCamundaProperties().add(property);
            });
            step.builder().addExtensionElement(container);
        }
        return step;
    }
}
