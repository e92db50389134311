package org.netorch.process.shared;

import org.springframework.stereotype.Component;

/** Who works the user tasks ({@code ${taskAssignment.operatorsGroup}} as every user task's candidate group). */
@Component("taskAssignment")
public class TaskAssignment {

    private final String operatorsGroup;

    TaskAssignment(WorkflowProperties properties) {
        this.operatorsGroup = properties.operatorsGroup();
    }

    public String getOperatorsGroup() {
        return operatorsGroup;
    }
}
