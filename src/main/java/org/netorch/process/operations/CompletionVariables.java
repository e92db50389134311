package org.netorch.process.operations;

import java.util.Collection;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.netorch.process.shared.FormCheckException;
import org.springframework.stereotype.Component;

/**
 * A task completion that does not come through our API (Camunda's REST API, Tasklist) carries the fields of the task's
 * form and nothing else, the rule {@link ProcessCommands#completeTask} applies to ours.
 */
@Component
public class CompletionVariables {

    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final TaskForms taskForms;

    CompletionVariables(ProcessEngineConfigurationImpl engineConfiguration, TaskForms taskForms) {
        this.engineConfiguration = engineConfiguration;
        this.taskForms = taskForms;
    }

    /**
     * Checks the names of the variables a completion of the task carries, as the engine's current user.
     *
     * @throws FormCheckException naming the first that is not a field of the task's form (a task without a form takes
     *         none); nothing is thrown for a task that does not exist or that the user may not work on, which the
     *         engine then answers itself
     */
    public void check(String taskId, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        engineConfiguration.getCommandExecutorTxRequired()
                .execute(commandContext -> refusal(commandContext, taskId, names))
                .ifPresent(refusal -> {
                    throw new FormCheckException(refusal.field(), refusal.reason());
                });
    }

    private Optional<InvalidInputException> refusal(CommandContext commandContext, String taskId,
            Collection<String> names) {
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null || !mayWorkOn(commandContext, task)) {
            return Optional.empty();
        }
        task.initializeFormKey();
        // whoever may complete the task may learn its fields, even without the right to read its deployment
        return commandContext.runWithoutAuthorization(
                () -> FormValidation.notAField(taskForms.fieldsOf(task), names));
    }

    // the engine's own rule for completing a task, so a caller who may not is told so by the engine, not by us
    private static boolean mayWorkOn(CommandContext commandContext, TaskEntity task) {
        try {
            for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            return true;
        } catch (AuthorizationException denied) {
            return false;
        }
    }
}
