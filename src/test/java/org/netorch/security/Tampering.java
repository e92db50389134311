package org.netorch.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.netorch.process.shared.WorkflowAbort;
import org.netorch.security.Victims.Typed;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;

/**
 * Every way a member of network-operators has, over Camunda's REST API and ours, to put values into a workflow's
 * variables other than completing his task with its form's fields. Each try is made and its answer kept: a write must be
 * a 403, a completion carrying a variable its form does not have a 400 that names it (and the task stays open).
 */
final class Tampering {

    static final String OPERATOR = "operator";

    private final ApiClient operator;
    private final List<String> tries = new ArrayList<>();
    private final List<String> unrefused = new ArrayList<>();

    Tampering(ApiClient operator) {
        this.operator = operator;
    }

    /**
     * On his open task, claimed first as Tasklist claims it: the task's variables and its local ones (deleted, set, set
     * as binary data, all in one modification, written by resolving a delegation), then the process instance's and the
     * task execution's, each one by one and all in one modification.
     */
    void atTask(String taskId, Map<String, Typed> variables) {
        Response claimed = operator.post(TamperTest.ENGINE_REST + "/task/" + taskId + "/claim", Map.of("userId", OPERATOR));
        if (claimed.status() != 204) {
            unrefused.add("claiming the task, which an operator may do, got " + claimed.status() + " "
                    + claimed.body());
        }
        JsonNode task = operator.get(TamperTest.ENGINE_REST + "/task/" + taskId).json();
        String onTask = TamperTest.ENGINE_REST + "/task/" + taskId;
        variables.forEach((name, value) -> {
            write("DELETE " + onTask + "/variables/" + name, operator.delete(onTask + "/variables/" + name));
            write("POST " + onTask + "/variables/" + name + "/data",
                    operator.postFile(onTask + "/variables/" + name + "/data", "data", value.value().toString()));
            write("POST " + onTask + "/localVariables/" + name + "/data", operator.postFile(
                    onTask + "/localVariables/" + name + "/data", "data", value.value().toString()));
            write("PUT " + onTask + "/variables/" + name, operator.put(onTask + "/variables/" + name, value.json()));
            write("PUT " + onTask + "/localVariables/" + name,
                    operator.put(onTask + "/localVariables/" + name, value.json()));
        });
        write("POST " + onTask + "/variables " + variables.keySet(),
                operator.post(onTask + "/variables", modifications(variables)));
        write("POST " + onTask + "/localVariables " + variables.keySet(),
                operator.post(onTask + "/localVariables", modifications(variables)));
        resolvingWith(taskId, variables);
        onInstance(task.path("processInstanceId").asText(), task.path("executionId").asText(), variables);
    }

    /**
     * Tasklist's delegation: he delegates the task to himself and resolves it with the variables, which writes them
     * without completing it. Whatever the answer, the task is resolved plainly afterwards, back to him, as it was.
     */
    private void resolvingWith(String taskId, Map<String, Typed> variables) {
        String onTask = TamperTest.ENGINE_REST + "/task/" + taskId;
        Response delegated = operator.post(onTask + "/delegate", Map.of("userId", OPERATOR));
        tries.add("POST " + onTask + "/delegate → " + delegated.status());
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, value.json()));
        String call = "POST " + onTask + "/resolve with " + variables.keySet();
        Response resolved = operator.post(onTask + "/resolve", Map.of("variables", typed));
        tries.add(call + " → " + resolved.status());
        // resolving hands the task back like a completion: refused as a write, or as carrying what no form field is
        if (resolved.status() != 403 && !(resolved.status() == 400 && namesOne(resolved, variables))) {
            unrefused.add(call + " → " + resolved.status() + " " + resolved.body()
                    + " (expected 403, or 400 naming the variable)");
        }
        if ("PENDING".equals(operator.get(onTask).json().path("delegationState").asText())) {
            operator.post(onTask + "/resolve", Map.of());
        }
    }

    /** While the workflow waits at an incident: the process instance's variables and the failed job's execution's. */
    void atIncident(String processId, Map<String, Typed> variables) {
        JsonNode jobs = operator.get(TamperTest.ENGINE_REST + "/job?processInstanceId=" + processId + "&noRetriesLeft=true").json();
        String execution = jobs.size() == 0 ? processId : jobs.get(0).path("executionId").asText();
        onInstance(processId, execution, variables);
    }

    private void onInstance(String processId, String executionId, Map<String, Typed> variables) {
        String instance = TamperTest.ENGINE_REST + "/process-instance/" + processId;
        String execution = TamperTest.ENGINE_REST + "/execution/" + executionId;
        variables.forEach((name, value) -> {
            write("DELETE " + instance + "/variables/" + name, operator.delete(instance + "/variables/" + name));
            write("PUT " + instance + "/variables/" + name, operator.put(instance + "/variables/" + name,
                    value.json()));
            write("PUT " + execution + "/localVariables/" + name,
                    operator.put(execution + "/localVariables/" + name, value.json()));
        });
        write("POST " + instance + "/variables " + variables.keySet(),
                operator.post(instance + "/variables", modifications(variables)));
        write("POST " + execution + "/localVariables " + variables.keySet(),
                operator.post(execution + "/localVariables", modifications(variables)));
    }

    /**
     * Completing the task with valid values for its form's fields plus {@code extras}, variables its form does not
     * have: over {@code /engine-rest} as the REST API completes (complete) and as Tasklist submits (submit-form), and over
     * our API.
     */
    void completing(String processId, String taskId, Map<String, Object> formValues, Map<String, Typed> extras) {
        if (extras.isEmpty()) {
            return;
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        formValues.forEach((name, value) -> typed.put(name, typed(value).json()));
        extras.forEach((name, value) -> typed.put(name, value.json()));
        String task = TamperTest.ENGINE_REST + "/task/" + taskId;
        completion("POST " + task + "/complete", taskId, extras,
                operator.post(task + "/complete", Map.of("variables", typed)));
        completion("POST " + task + "/submit-form", taskId, extras,
                operator.post(task + "/submit-form", Map.of("variables", typed)));
        Map<String, Object> plain = new LinkedHashMap<>(formValues);
        extras.forEach((name, value) -> plain.put(name, value.value()));
        completion("POST /api/processes/" + processId + "/tasks/" + taskId, taskId, extras,
                operator.post("/api/processes/" + processId + "/tasks/" + taskId, plain));
    }

    /**
     * Correlating the abort message over {@code /engine-rest} with variables, by instance and by its execution: for
     * the create workflows, whose abort event subprocess waits for that message.
     */
    void abortingWithVariables(String processId, Map<String, Typed> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, value.json()));
        write("POST /engine-rest/message " + WorkflowAbort.MESSAGE + " with processVariables",
                operator.post(TamperTest.ENGINE_REST + "/message", Map.of("messageName", WorkflowAbort.MESSAGE,
                        "processInstanceId", processId, "processVariables", typed)));
        write("POST /engine-rest/execution/" + processId + "/messageSubscriptions/" + WorkflowAbort.MESSAGE
                        + "/trigger with variables",
                operator.post(TamperTest.ENGINE_REST + "/execution/" + processId + "/messageSubscriptions/" + WorkflowAbort.MESSAGE
                        + "/trigger", Map.of("variables", typed)));
    }

    /** Every try, with its answer. */
    List<String> tries() {
        return List.copyOf(tries);
    }

    /** The tries that were not refused as they must be, with the answer each got. */
    List<String> unrefused() {
        return List.copyOf(unrefused);
    }

    private void write(String call, Response response) {
        tries.add(call + " → " + response.status());
        if (response.status() != 403) {
            unrefused.add(call + " → " + response.status() + " " + response.body() + " (expected 403)");
        }
    }

    private void completion(String call, String taskId, Map<String, Typed> extras, Response response) {
        tries.add(call + " → " + response.status());
        if (response.status() != 400 || !namesOne(response, extras)) {
            unrefused.add(call + " with " + extras.keySet() + " → " + response.status() + " " + response.body()
                    + " (expected 400 naming the variable)");
        }
        if (operator.get(TamperTest.ENGINE_REST + "/task/" + taskId).status() != 200) {
            unrefused.add(call + ": the task is no longer open");
        }
    }

    private static boolean namesOne(Response response, Map<String, Typed> variables) {
        return variables.keySet().stream().anyMatch(name -> response.body().contains(name));
    }

    private static Map<String, Object> modifications(Map<String, Typed> variables) {
        Map<String, Object> modifications = new LinkedHashMap<>();
        variables.forEach((name, value) -> modifications.put(name, value.json()));
        return Map.of("modifications", modifications);
    }

    private static Typed typed(Object value) {
        if (value instanceof Boolean flag) {
            return new Typed(flag, "Boolean");
        }
        if (value instanceof Long || value instanceof Integer) {
            return Typed.id(((Number) value).longValue());
        }
        return Typed.text(value);
    }
}
