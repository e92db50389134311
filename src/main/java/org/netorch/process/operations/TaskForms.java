package org.netorch.process.operations;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads the Camunda form deployed for a user task; a task without one (or with an HTML form) has none. */
@Component
class TaskForms {

    private final FormService formService;
    private final TaskService taskService;
    private final ObjectMapper json;

    TaskForms(FormService formService, TaskService taskService, ObjectMapper json) {
        this.formService = formService;
        this.taskService = taskService;
        this.json = json;
    }

    /** {@code task} must come from a query with {@code initializeFormKeys()}. */
    Optional<TaskForm> of(Task task) {
        return schema(task).map(schema -> TaskForm.parse(schema,
                name -> taskService.getVariable(task.getId(), name), json));
    }

    /** The task's form fields without the options its selects take from variables; none when it has no form. */
    List<FormField> fieldsOf(Task task) {
        return schema(task).map(schema -> TaskForm.parse(schema, name -> null, json).fields()).orElse(List.of());
    }

    private Optional<JsonNode> schema(Task task) {
        if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
            return Optional.empty();
        }
        JsonNode schema;
        try (InputStream deployed = formService.getDeployedTaskForm(task.getId())) {
            schema = json.readTree(deployed);
        } catch (ProcessEngineException | IOException e) {
            return Optional.empty();
        }
        if (schema == null || !schema.path("components").isArray()) {
            return Optional.empty();
        }
        return Optional.of(schema);
    }
}
