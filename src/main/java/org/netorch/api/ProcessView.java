package org.netorch.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.process.operations.FormField;
import org.netorch.process.operations.ProcessDetails;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProcessView(String id, String workflow, String status, String outcome, String refusal, String businessKey,
        Instant startedAt, Instant endedAt, String startedBy, List<Step> steps, OpenTask openTask, Failure failure,
        List<UUID> subscriptionIds) {

    static ProcessView of(ProcessDetails d) {
        return new ProcessView(d.id(), d.workflow(), d.state().apiName(), d.outcome(), d.refusal(), d.businessKey(),
                d.startedAt(), d.endedAt(), d.startedBy(), d.steps().stream().map(Step::of).toList(),
                d.openTask() == null ? null : OpenTask.of(d.openTask()),
                d.failure() == null ? null : Failure.of(d.failure()), d.subscriptionIds());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Step(String id, String name, String type, Instant startedAt, Instant endedAt) {

        static Step of(ProcessDetails.Step s) {
            return new Step(s.id(), s.name(), s.type(), s.startedAt(), s.endedAt());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OpenTask(String id, String name, String formKey, String formRef, List<Field> fields,
            Map<String, Object> variables) {

        static OpenTask of(ProcessDetails.OpenTask t) {
            return new OpenTask(t.id(), t.name(), t.formKey(), t.formRef(), t.fields().stream().map(Field::of).toList(),
                    t.variables());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Field(String key, String label, String type, boolean required, List<FormField.Option> options,
            Integer minLength, Integer maxLength, String pattern, BigDecimal min, BigDecimal max) {

        static Field of(FormField f) {
            return new Field(f.key(), f.label(), f.type(), f.required(), f.options(), f.minLength(), f.maxLength(),
                    f.pattern(), f.min(), f.max());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Failure(String step, String stepName, String message, String jobId) {

        static Failure of(ProcessDetails.Failure f) {
            return new Failure(f.step(), f.stepName(), f.message(), f.jobId());
        }
    }
}
