package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.netbox.NetBoxException;

/** A service task that talks to NetBox: a NetBox failure becomes an incident message that names the step. */
public interface NetBoxStep extends JavaDelegate {

    void run(DelegateExecution execution);

    @Override
    default void execute(DelegateExecution execution) {
        try {
            run(execution);
        } catch (NetBoxException e) {
            throw new NetBoxStepException(execution, e);
        }
    }
}
