package org.netorch.process.node;

import java.util.List;

import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.SelectOption;

/** Typed accessors of create_node's own variables; their names are in {@link CreateNodeProcess}. */
final class CreateNodeVariables {

    static final ProcessVariable<Long> DEVICE_ID = ProcessVariable.id(CreateNodeProcess.DEVICE_ID);
    static final ProcessVariable<List<SelectOption>> DEVICE_OPTIONS =
            ProcessVariable.options(CreateNodeProcess.DEVICE_OPTIONS);
    static final ProcessVariable<String> NODE_NAME = ProcessVariable.text(CreateNodeProcess.NODE_NAME);

    private CreateNodeVariables() {
    }
}
