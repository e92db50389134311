package org.netorch.process.operations;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/**
 * Where a running instance stands: the activities of its activity instance tree's leaves, including a step whose
 * job has not run yet or failed (an asynchronous continuation, a transition instance in Camunda's terms).
 */
final class StandingAt {

    private StandingAt() {
    }

    static Set<String> activities(ActivityInstance tree) {
        Set<String> found = new LinkedHashSet<>();
        if (tree != null) {
            collect(tree, found);
        }
        return found;
    }

    private static void collect(ActivityInstance instance, Set<String> found) {
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
                && instance.getParentActivityInstanceId() != null) {
            found.add(instance.getActivityId());
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            found.add(transition.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, found);
        }
    }
}
