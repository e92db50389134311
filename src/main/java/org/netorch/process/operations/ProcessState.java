package org.netorch.process.operations;

/** How a workflow stands, in the words our API uses (DESIGN §8, "Process status over our API"). */
public enum ProcessState {
    RUNNING, WAITING, FAILED, COMPLETED, ABORTED, UNKNOWN;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
