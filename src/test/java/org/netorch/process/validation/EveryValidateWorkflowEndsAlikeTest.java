package org.netorch.process.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.process.shared.ValidationOutcome;
import org.netorch.subscription.ProductCatalog;
import org.netorch.subscription.ProductDeclaration.WorkflowRole;

/** validate_subscriptions counts how each called validation ended by end event: every product's must have them. */
class EveryValidateWorkflowEndsAlikeTest {

    static Stream<String> validateWorkflows() {
        return ProductCatalog.all().stream().flatMap(d -> d.workflow(WorkflowRole.VALIDATE).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validateWorkflows")
    void endsAtTheOutcomesTheRunCounts(String key) {
        BpmnModelInstance diagram = Bpmn.readModelFromStream(
                getClass().getClassLoader().getResourceAsStream("bpmn/" + key + ".bpmn"));

        List<String> ends = diagram.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId).toList();

        assertThat(ends).contains(ValidationOutcome.END_IN_SYNC, ValidationOutcome.END_DRIFT_FOUND,
                ValidationOutcome.END_SUBSCRIPTION_BUSY, ValidationOutcome.END_START_INPUT_REFUSED);
    }
}
