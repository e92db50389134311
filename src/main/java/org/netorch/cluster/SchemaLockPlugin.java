package org.netorch.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Runs the engine's start-up schema work (create or update the tables, history level, bootstrap) under the
 * {@link SchemaLock}. The lock wraps the whole command executor, so it is released only after each command's commit.
 */
class SchemaLockPlugin extends AbstractProcessEnginePlugin {

    private final SchemaLock lock;

    SchemaLockPlugin(SchemaLock lock) {
        this.lock = lock;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        CommandExecutor schemaOperations = configuration.getCommandExecutorSchemaOperations();
        configuration.setCommandExecutorSchemaOperations(new CommandExecutor() {
            @Override
            public <T> T execute(Command<T> command) {
                return lock.exclusively(() -> schemaOperations.execute(command));
            }
        });
    }
}
