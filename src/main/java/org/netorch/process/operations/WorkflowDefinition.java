package org.netorch.process.operations;

import java.util.List;
import java.util.Map;

/**
 * What our API needs to know of one workflow beyond its diagram: how to check the input given when it is started over
 * the API, and whether it creates the subscription it works on (an aborted create then terminates that subscription).
 * One Spring bean per process key.
 */
public interface WorkflowDefinition {

    /** The process key, e.g. {@code create_node}. */
    String key();

    /**
     * Checks the start input (field names as in DESIGN §3: {@code device_id}, {@code customer_id}, …) and returns the
     * process variables to start with. Nothing may be written here.
     *
     * @throws InvalidInputException naming the first field that is wrong and why
     */
    Map<String, Object> startVariables(Map<String, Object> input);

    /** True for create workflows: aborting one terminates the subscription it created. */
    boolean createsSubscription();

    /**
     * True for workflows that change an existing subscription only in the orchestrator, never in NetBox: aborting one
     * puts back what it changed, and the subscription is in sync again.
     */
    default boolean restoresOnAbort() {
        return false;
    }

    /** The process variables in which the workflow leaves its result, shown as its summary; none by default. */
    default List<String> summaryVariables() {
        return List.of();
    }
}
