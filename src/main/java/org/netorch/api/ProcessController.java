package org.netorch.api;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.netorch.process.operations.InvalidInputException;
import org.netorch.process.operations.ProcessCommands;
import org.netorch.process.operations.ProcessDetailsReader;
import org.netorch.process.operations.ProcessFilter;
import org.netorch.process.operations.ProcessHistory;
import org.netorch.process.operations.ProcessSearch;
import org.netorch.process.operations.ProcessState;
import org.netorch.process.operations.StepSkips;
import org.netorch.process.operations.WorkflowCatalog;
import org.netorch.process.operations.WorkflowMigrations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/processes")
@PreAuthorize("hasRole('VIEWER')")
@Tag(name = "Processes", description = "Start workflows, follow them, complete their tasks, retry or abort them")
class ProcessController {

    private static final int DEFAULT_RETRY_LIMIT = 100;
    private static final int MAX_RETRY_LIMIT = 1000;

    private final ProcessCommands commands;
    private final StepSkips skips;
    private final WorkflowMigrations migrations;
    private final ProcessDetailsReader details;
    private final ProcessHistory history;
    private final ProcessSearch search;
    private final WorkflowCatalog workflows;
    private final ObjectMapper json;

    ProcessController(ProcessCommands commands, StepSkips skips, WorkflowMigrations migrations,
            ProcessDetailsReader details, ProcessHistory history,
            ProcessSearch search, WorkflowCatalog workflows, ObjectMapper json) {
        this.commands = commands;
        this.skips = skips;
        this.migrations = migrations;
        this.details = details;
        this.history = history;
        this.search = search;
        this.workflows = workflows;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "A page of workflow instances, newest first, by workflow, status, subscription and start time;"
            + " failed ones carry their incident message")
    ProcessPage search(@RequestParam(required = false) String workflow,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID subscription,
            @RequestParam(name = "started_after", required = false) Instant startedAfter,
            @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        ProcessFilter filter = new ProcessFilter(knownWorkflow("workflow", workflow), state(status), subscription,
                startedAfter, step);
        return ProcessPage.of(search.find(filter, page, size), page, size);
    }

    @PostMapping("/retry")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Give every failed workflow the filter matches one more try (e.g. all failed at one step"
            + " once NetBox is back); answers how many were retried")
    BulkRetryResult retryAll(@RequestBody(required = false) BulkRetryRequest request) {
        BulkRetryRequest filter = request == null ? new BulkRetryRequest(null, null, null, null, null) : request;
        int limit = filter.limit() == null ? DEFAULT_RETRY_LIMIT : filter.limit();
        if (limit < 1 || limit > MAX_RETRY_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_RETRY_LIMIT);
        }
        ProcessCommands.BulkRetry done = commands.retryAll(new ProcessFilter(
                knownWorkflow("workflow", filter.workflow()), null, filter.subscription(), filter.startedAfter(),
                filter.step()), limit);
        return new BulkRetryResult(done.processInstanceIds().size(), done.processInstanceIds(), done.more());
    }

    @PostMapping("/migrations")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Move a workflow's running instances from its older deployed versions to the newest, or with"
            + " dry_run (the default) list which can move and Camunda's reasons for those that cannot")
    MigrationView migrate(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = MigrationRequest.class)))
            @RequestBody(required = false) JsonNode request, Principal principal) {
        Map<String, Object> body = object(request, "body");
        String workflow = JsonBodies.text(body, "workflow");
        if (workflow == null || workflow.isBlank()) {
            throw new InvalidInputException("workflow", "is required: the key of the workflow to migrate");
        }
        Object dryRun = body.getOrDefault("dry_run", true);
        if (!(dryRun instanceof Boolean)) {
            throw new InvalidInputException("dry_run", "must be true or false");
        }
        return MigrationView.of(migrations.migrate(workflow.trim(), (Boolean) dryRun, principal.getName()));
    }

    @PostMapping("/{key}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Start a workflow by its key (e.g. create_node) with its input; the input is checked first")
    ResponseEntity<ProcessStarted> start(@PathVariable String key, @RequestBody(required = false) JsonNode input) {
        String id = commands.start(key, object(input, "body"));
        String location = "/api/processes/" + id;
        return ResponseEntity.created(URI.create(location))
                .body(new ProcessStarted(id, history.summary(id).state().apiName(), location));
    }

    @GetMapping("/{id}")
    @Operation(summary = "How a workflow stands: status, outcome, steps done, open task with its form, failure")
    ProcessView get(@PathVariable String id) {
        return ProcessView.of(details.read(id));
    }

    @PostMapping("/{id}/tasks/{taskId}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Complete the open user task with form values, checked as Tasklist and the task itself check them")
    ProcessView completeTask(@PathVariable String id, @PathVariable String taskId,
            @RequestBody(required = false) JsonNode values) {
        commands.completeTask(id, taskId, object(values, "body"));
        return get(id);
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Give every failed job of the workflow one more try, as Cockpit's Retry does")
    ProcessView retry(@PathVariable String id) {
        commands.retry(id);
        return get(id);
    }

    @PostMapping("/{id}/abort")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Cancel a running workflow; an aborted create terminates the subscription it was creating")
    ProcessView abort(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AbortRequest.class)))
            @RequestBody(required = false) JsonNode request, Principal principal) {
        commands.abort(id, JsonBodies.text(object(request, "body"), "reason"), principal.getName());
        return get(id);
    }

    @GetMapping("/{id}/skips")
    @Operation(summary = "The steps the workflow stands at (failed or waiting) that its diagram lets operators or"
            + " admins skip, with what the skipper confirms was done by hand")
    List<SkippableStepView> skippable(@PathVariable String id) {
        return skips.skippableNow(id).stream().map(SkippableStepView::of).toList();
    }

    @PostMapping("/{id}/skip")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Move a workflow past a failed or waiting step its diagram marks skippable, with a reason;"
            + " operators where the mark allows, else admins")
    ProcessView skip(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = SkipRequest.class)))
            @RequestBody(required = false) JsonNode request, Authentication caller) {
        Map<String, Object> body = object(request, "body");
        skips.skip(id, JsonBodies.text(body, "activity"), JsonBodies.text(body, "reason"), caller.getName(),
                isAdmin(caller));
        return get(id);
    }

    private static boolean isAdmin(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
    }

    private String knownWorkflow(String parameter, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (workflows.find(key.trim()).isEmpty()) {
            throw new InvalidParameterException(parameter, "'" + key + "' is not a workflow; known workflows: "
                    + String.join(", ", workflows.keys()));
        }
        return key.trim();
    }

    private static ProcessState state(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ProcessState.values()).filter(state -> state != ProcessState.UNKNOWN)
                .filter(state -> state.apiName().equals(status.trim())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("status", "'" + status + "' is not one of "
                        + Arrays.stream(ProcessState.values()).filter(state -> state != ProcessState.UNKNOWN)
                        .map(ProcessState::apiName).toList()));
    }

    private Map<String, Object> object(JsonNode body, String name) {
        return JsonBodies.object(json, body, name);
    }
}
