package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.TaskListener;

/** The shared listeners that need no collaborators, for flow tests in other packages to run for real. */
public final class SharedListeners {

    private SharedListeners() {
    }

    public static TaskListener configAppliedCompletionCheck() {
        return new ConfigAppliedCompletionCheck();
    }
}
