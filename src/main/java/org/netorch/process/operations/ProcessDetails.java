package org.netorch.process.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything an API caller needs to follow one workflow instance; {@code outcome} is the end event reached, {@code
 * refusal} why the workflow refused the input it was started with (else null).
 */
public record ProcessDetails(String id, String workflow, ProcessState state, String outcome, String refusal,
        String businessKey, Instant startedAt, Instant endedAt, String startedBy, List<Step> steps,
        OpenTask openTask, Failure failure, List<UUID> subscriptionIds) {

    public record Step(String id, String name, String type, Instant startedAt, Instant endedAt) {
    }

    /** A user task waiting for input, with its form's fields and the variables the form shows. */
    public record OpenTask(String id, String name, String formKey, String formRef, List<FormField> fields,
            Map<String, Object> variables) {
    }

    public record Failure(String step, String stepName, String message, String jobId) {
    }
}
