package org.netorch.process.operations;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call with the engine's own authorization check off, for the calls our API has role-checked itself:
 * the engine grants changing and deleting instances to admins only, so that Cockpit, which skips what our API puts
 * right on the subscriptions, stays theirs.
 */
@Component
class WithoutEngineAuthorization {

    private final ProcessEngineConfigurationImpl engineConfiguration;

    WithoutEngineAuthorization(ProcessEngineConfigurationImpl engineConfiguration) {
        this.engineConfiguration = engineConfiguration;
    }

    void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    <T> T call(Supplier<T> call) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
            commandContext.disableAuthorizationCheck();
            try {
                return call.get();
            } finally {
                commandContext.enableAuthorizationCheck();
            }
        });
    }
}
