package org.netorch.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.process.operations.StepSkips;

/** A step a workflow stands at that may be skipped: by operators and admins, or by admins only. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SkippableStepView(String activity, String name, String confirms, String skippedBy) {

    static SkippableStepView of(StepSkips.SkippableStep step) {
        return new SkippableStepView(step.activity(), step.name(), step.confirms(),
                step.operatorsMay() ? "operators" : "admins");
    }
}
