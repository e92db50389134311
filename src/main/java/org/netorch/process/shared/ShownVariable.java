package org.netorch.process.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A value a step writes only for people to see in Cockpit and Tasklist, such as the id of a NetBox object it made.
 * It has no read: the steps take such ids from the subscription's block, since a variable could have been written by
 * someone else since.
 */
public final class ShownVariable<T> {

    private final ProcessVariable<T> variable;

    private ShownVariable(ProcessVariable<T> variable) {
        this.variable = variable;
    }

    /** A NetBox object id. */
    public static ShownVariable<Long> id(String name) {
        return new ShownVariable<>(ProcessVariable.id(name));
    }

    public static ShownVariable<String> text(String name) {
        return new ShownVariable<>(ProcessVariable.text(name));
    }

    public String name() {
        return variable.name();
    }

    public void set(VariableScope scope, T value) {
        variable.set(scope, value);
    }
}
