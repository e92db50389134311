package org.netorch.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Gives the job executor this node's {@link NodeIdentity} as its lock owner, the name its heartbeat carries. */
class LockOwnerPlugin extends AbstractProcessEnginePlugin {

    private final NodeIdentity identity;

    LockOwnerPlugin(NodeIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getJobExecutor().setLockOwner(identity.lockOwner());
    }
}
