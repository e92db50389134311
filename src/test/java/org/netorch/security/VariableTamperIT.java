package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.netbox.Interface;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.seed.DemoTopology;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.process.circuit.CreateCircuitProcess;
import org.netorch.process.circuit.ModifyCircuitProcess;
import org.netorch.process.circuit.TerminateCircuitProcess;
import org.netorch.process.circuit.ValidateCircuitProcess;
import org.netorch.process.node.CreateNodeProcess;
import org.netorch.process.node.TerminateNodeProcess;
import org.netorch.process.node.ValidateNodeProcess;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.security.Victims.Typed;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.CircuitBlock;
import org.netorch.subscription.NodeBlock;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.Subscription;
import org.netorch.subscription.SubscriptionStatus;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task of every workflow, with an operator trying there every way he has to write a variable, each pointed
 * at another customer's live router and circuit; then he completes the workflow with his forms' own values, aborts it,
 * or retries it from an incident a NetBox outage made right after the task (trying the writes again while it waits
 * there). Each try is refused; no subscription but the workflow's own changes, nor any NetBox object another
 * subscription holds; a workflow that completes has acted on its own subscription, an aborted create leaves its own
 * TERMINATED. The victims are built once for the whole matrix, and again only after a case harmed them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariableTamperIT extends TamperTest {

    private static final String OWN_A = "loc3-core";
    private static final String OWN_B = "loc4-core";
    /** Enrolled by create_node's cases and taken down by terminate_node's; the only router without circuits. */
    private static final String SPARE = "loc5-core";
    private static final AuditContext TIDY = AuditContext.user("fixture", "test");

    enum Action { COMPLETE, ABORT, RETRY, ABORT_THEN_RETRY }

    /** One row: the workflow, its task where the operator tampers, what he then does; a retry's NetBox outage. */
    record Case(String workflow, String task, Action action, SimulatedFault outage) {

        boolean aborts() {
            return action == Action.ABORT || action == Action.ABORT_THEN_RETRY;
        }

        boolean creates() {
            return workflow.equals(CreateNodeProcess.KEY) || workflow.equals(CreateCircuitProcess.KEY);
        }

        boolean onNodes() {
            return workflow.endsWith("_node");
        }

        @Override
        public String toString() {
            return workflow + " at " + task + ": " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        both(cases, CreateNodeProcess.KEY, CreateNodeProcess.SELECT_NODE);
        both(cases, CreateNodeProcess.KEY, CreateNodeProcess.CONFIRM_NODE_CONFIG);
        cases.add(new Case(CreateNodeProcess.KEY, CreateNodeProcess.CONFIRM_NODE_CONFIG, Action.RETRY,
                outage("PATCH", "/api/dcim/devices/*/")));
        cases.add(new Case(CreateNodeProcess.KEY, CreateNodeProcess.CONFIRM_NODE_CONFIG, Action.ABORT_THEN_RETRY,
                outage("GET", "/api/dcim/devices/*/")));
        both(cases, CreateCircuitProcess.KEY, CreateCircuitProcess.CHOOSE_PRODUCT_AND_NODE_A);
        both(cases, CreateCircuitProcess.KEY, CreateCircuitProcess.CHOOSE_NODE_B);
        cases.add(new Case(CreateCircuitProcess.KEY, CreateCircuitProcess.CHOOSE_NODE_B, Action.RETRY,
                outage("GET", "/api/dcim/interfaces/")));
        both(cases, CreateCircuitProcess.KEY, CreateCircuitProcess.CHOOSE_PORTS);
        both(cases, CreateCircuitProcess.KEY, CreateCircuitProcess.CONFIRM_CIRCUIT_CONFIG);
        cases.add(new Case(CreateCircuitProcess.KEY, CreateCircuitProcess.CONFIRM_CIRCUIT_CONFIG, Action.RETRY,
                outage("PATCH", "/api/dcim/cables/*/")));
        cases.add(new Case(CreateCircuitProcess.KEY, CreateCircuitProcess.CONFIRM_CIRCUIT_CONFIG,
                Action.ABORT_THEN_RETRY, outage("DELETE", "/api/**")));
        both(cases, ModifyCircuitProcess.KEY, ModifyCircuitProcess.CHOOSE_CIRCUIT);
        both(cases, ModifyCircuitProcess.KEY, ModifyCircuitProcess.CHOOSE_MAINTENANCE_MODE);
        both(cases, ModifyCircuitProcess.KEY, ModifyCircuitProcess.CONFIRM_CIRCUIT_CONFIG);
        both(cases, TerminateNodeProcess.KEY, TerminateNodeProcess.CHOOSE_NODE);
        cases.add(new Case(TerminateNodeProcess.KEY, TerminateNodeProcess.CHOOSE_NODE, Action.RETRY,
                outage("PATCH", "/api/dcim/devices/*/")));
        both(cases, TerminateCircuitProcess.KEY, TerminateCircuitProcess.CHOOSE_CIRCUIT);
        both(cases, TerminateCircuitProcess.KEY, TerminateCircuitProcess.CONFIRM_CIRCUIT_REMOVAL);
        cases.add(new Case(TerminateCircuitProcess.KEY, TerminateCircuitProcess.CONFIRM_CIRCUIT_REMOVAL, Action.RETRY,
                outage("DELETE", "/api/ipam/ip-addresses/*/")));
        both(cases, ValidateNodeProcess.KEY, ValidateNodeProcess.CHOOSE_NODE);
        cases.add(new Case(ValidateNodeProcess.KEY, ValidateNodeProcess.CHOOSE_NODE, Action.RETRY,
                outage("GET", "/api/dcim/devices/*/")));
        both(cases, ValidateCircuitProcess.KEY, ValidateCircuitProcess.CHOOSE_CIRCUIT);
        cases.add(new Case(ValidateCircuitProcess.KEY, ValidateCircuitProcess.CHOOSE_CIRCUIT, Action.RETRY,
                outage("GET", "/api/dcim/cables/*/")));
        return cases.stream();
    }

    private static void both(List<Case> cases, String workflow, String task) {
        cases.add(new Case(workflow, task, Action.COMPLETE, null));
        cases.add(new Case(workflow, task, Action.ABORT, null));
    }

    /** The next NetBox step, after the task or on the abort path, fails on both tries of its job: an incident. */
    private static SimulatedFault outage(String method, String path) {
        return SimulatedFault.failNext(method, path, 503, 2);
    }

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    private WorkflowDriver admin;
    private ApiClient operatorApi;
    private WorkflowDriver operator;
    private Victims victims;
    private Estate pristine;
    private UUID ownNodeA;
    private UUID ownNodeB;
    private String process;

    @BeforeAll
    void anotherCustomersNetworkAndOurOwnRouters() {
        admin = new WorkflowDriver(api(), Duration.ofMillis(50));
        operatorApi = api().as(Tampering.OPERATOR, Tampering.OPERATOR);
        operator = new WorkflowDriver(operatorApi, Duration.ofMillis(50));
        buildEverything();
    }

    private void buildEverything() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        lookup.awaitAnswering();
        victims = Victims.build(admin, lookup, netBox, subscriptions, transaction);
        ownNodeA = admin.enrollNode(lookup.deviceId(OWN_A));
        ownNodeB = admin.enrollNode(lookup.deviceId(OWN_B));
        pristine = estate();
    }

    @AfterEach
    void stopWhatIsLeft() {
        faults.clear();
        if (process != null) {
            runtimeService.deleteProcessInstanceIfExists(process, "tamper matrix: next case", true, true, true, false);
        }
        process = null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tamperingTouchesNothingButTheWorkflowsOwnSubscription(Case row) {
        UUID own = prepare(row);
        Estate before = estate();
        journal.clear();

        Run run = new Run(row, own);
        JsonNode ended = run.toTheEnd();
        faults.clear();

        SoftAssertions softly = new SoftAssertions();
        Set<UUID> ours = own == null ? Set.of() : Set.of(own);
        softly.assertThat(before.changesIn(estate(), ours))
                .as("what changed of other subscriptions and of the victims' NetBox objects").isEmpty();
        softly.assertThat(before.writesToOthers(journal.writes(), ours))
                .as("NetBox writes to objects other subscriptions hold").isEmpty();
        softly.assertThat(run.tampering.unrefused()).as("tries that were not refused").isEmpty();
        softly.assertThat(run.astray).as("what went otherwise than an operator's legitimate work").isEmpty();
        if (row.aborts()) {
            softly.assertThat(ended.path("status").asText()).as("%s", brief(ended)).isEqualTo("aborted");
            if (row.creates()) {
                for (JsonNode id : ended.path("subscription_ids")) {
                    softly.assertThat(subscription(UUID.fromString(id.asText())).path("status").asText())
                            .as("the aborted create's own subscription").isEqualTo("TERMINATED");
                }
            }
        } else {
            softly.assertThat(ended.path("status").asText() + " at " + ended.path("outcome").asText())
                    .as("%s", brief(ended)).isEqualTo("completed at " + successEnd(row.workflow()));
            actedOnItsOwn(softly, row, ended, own, run.maintenanceChosen);
        }
        softly.assertAll();
    }

    /**
     * One case as the operator works it: he starts the workflow with no input and completes each task with his own
     * choices; at the case's task he tampers first, then completes, aborts, or (with NetBox failing the next step)
     * completes or aborts, tampers again at the incident, and retries.
     */
    private final class Run {

        final Case row;
        final UUID own;
        final Map<String, Typed> variables;
        final Tampering tampering = new Tampering(operatorApi);
        /** What happened that an operator's legitimate work does not lead to, e.g. a refused legitimate completion. */
        final List<String> astray = new ArrayList<>();
        Boolean maintenanceChosen;

        Run(Case row, UUID own) {
            this.row = row;
            this.own = own;
            this.variables = row.onNodes() ? victims.nodeVariables() : victims.circuitVariables();
        }

        JsonNode toTheEnd() {
            process = operator.start(row.workflow(), Map.of());
            JsonNode view = settle();
            boolean tampered = false;
            for (int step = 0; step < 10 && view.path("status").asText().equals("waiting"); step++) {
                JsonNode task = view.path("open_task");
                String taskId = task.path("id").asText();
                String activity = activity(taskId);
                Map<String, Object> values = legitimate(activity, task, own);
                if (activity.equals(ModifyCircuitProcess.CHOOSE_MAINTENANCE_MODE)) {
                    maintenanceChosen = (Boolean) values.get(ModifyCircuitProcess.UNDER_MAINTENANCE);
                }
                if (tampered || !activity.equals(row.task())) {
                    if (!complete(taskId, values)) {
                        break;
                    }
                    view = settle();
                } else {
                    tampered = true;
                    view = tamperThenAct(task, activity, values);
                }
            }
            return view;
        }

        private JsonNode tamperThenAct(JsonNode task, String activity, Map<String, Object> values) {
            String taskId = task.path("id").asText();
            tampering.atTask(taskId, variables);
            Map<String, Typed> notOnTheForm = new LinkedHashMap<>(variables);
            notOnTheForm.keySet().removeAll(FormValues.keys(task));
            tampering.completing(process, taskId, values, notOnTheForm);
            boolean stillOpen = api().get(TamperTest.ENGINE_REST + "/task/" + taskId).status() == 200;
            if (!stillOpen) {
                astray.add("a completion carrying variables not on the form completed " + activity);
            }
            boolean outage = row.outage() != null && stillOpen;
            if (outage) {
                faults.inject(row.outage());
            }
            if (row.aborts()) {
                if (row.creates()) {
                    tampering.abortingWithVariables(process, variables);
                }
                abort();
            } else if (stillOpen && !complete(taskId, values)) {
                return settle();
            }
            if (!outage) {
                return settle();
            }
            hurryTheSecondTry();
            JsonNode failed = settle();
            faults.clear();
            if (!failed.path("status").asText().equals("failed")) {
                astray.add("expected an incident after " + activity + ", but the workflow is " + brief(failed));
                return failed;
            }
            tampering.atIncident(process, variables);
            ApiClient.Response retried = operatorApi.post("/api/processes/" + process + "/retry", "");
            if (retried.status() != 200) {
                astray.add("retrying → " + retried.status() + " " + retried.body());
            }
            runRetriedJobsNow();
            return settle();
        }

        private boolean complete(String taskId, Map<String, Object> values) {
            ApiClient.Response completed = operatorApi.post("/api/processes/" + process + "/tasks/" + taskId,
                    values);
            if (completed.status() != 200) {
                astray.add("completing " + activity(taskId) + " with " + values + " → " + completed.status() + " "
                        + completed.body());
                return false;
            }
            return true;
        }

        private void abort() {
            ApiClient.Response aborted = operatorApi.post("/api/processes/" + process + "/abort",
                    Map.of("reason", "tamper matrix"));
            if (aborted.status() != 200) {
                astray.add("aborting → " + aborted.status() + " " + aborted.body());
            }
        }
    }

    // --- what the workflow's own subscription is, made ready before each case

    /** The victims as built (else everything is built again), and the subscription the workflow is to work on. */
    private UUID prepare(Case row) {
        Set<UUID> notVictims = Set.of(ownNodeA, ownNodeB);
        if (!pristine.changesIn(estate(), notVictims).isEmpty()) {
            buildEverything();
        }
        inSync(ownNodeA);
        inSync(ownNodeB);
        return switch (row.workflow()) {
            case CreateNodeProcess.KEY -> {
                freeSpareRouter();
                yield null;
            }
            case CreateCircuitProcess.KEY -> null;
            case TerminateNodeProcess.KEY -> spareNode();
            case ValidateNodeProcess.KEY -> ownNodeA;
            default -> ownCircuit();
        };
    }

    /** loc5-core planned in NetBox and held by no subscription, so create_node may enroll it. */
    private void freeSpareRouter() {
        long device = lookup.deviceId(SPARE);
        transaction.executeWithoutResult(status -> repository.findAll().stream()
                .filter(s -> s.status() != SubscriptionStatus.TERMINATED)
                .filter(s -> s.block(NodeBlock.class).map(NodeBlock::nodeId).filter(id -> id == device).isPresent())
                .forEach(s -> s.transitionTo(SubscriptionStatus.TERMINATED, TIDY, Clock.systemUTC())));
        if (!netBox.device(device).hasStatus("planned")) {
            netBox.updateDeviceStatus(device, "planned");
        }
    }

    /** An ACTIVE, in-sync node on loc5-core, which carries no circuit, for terminate_node. */
    private UUID spareNode() {
        Optional<UUID> live = live(s -> s.block(NodeBlock.class).map(NodeBlock::nodeName).filter(SPARE::equals).isPresent()
                && s.status() == SubscriptionStatus.ACTIVE);
        if (live.isPresent()) {
            return inSync(live.get());
        }
        freeSpareRouter();
        return admin.enrollNode(lookup.deviceId(SPARE));
    }

    /** An ACTIVE, in-sync circuit of our own between loc3-core and loc4-core, built when none is left. */
    private UUID ownCircuit() {
        Optional<UUID> live = live(s -> s.product().isCircuit() && s.status() == SubscriptionStatus.ACTIVE
                && !s.id().equals(victims.circuit()));
        if (live.isPresent()) {
            return inSync(live.get());
        }
        String create = admin.start(CreateCircuitProcess.KEY, Map.of(CreateCircuitProcess.PRODUCT, "Circuit 400G",
                CreateCircuitProcess.ROUTER_A, ownNodeA.toString(), CreateCircuitProcess.ROUTER_B,
                ownNodeB.toString(), CreateCircuitProcess.A_PORT, freePort(OWN_A), CreateCircuitProcess.B_PORT,
                freePort(OWN_B)));
        admin.completeOpenTask(create, Map.of(ProcessVariables.CONFIG_APPLIED, true));
        return UUID.fromString(admin.awaitEnd(create).path("subscription_ids").get(0).asText());
    }

    private long freePort(String router) {
        Set<Long> claimed = subscriptions.claimedIds(ResourceClaim.INTERFACE);
        return netBox.interfaces(InterfaceQuery.onDevice(lookup.deviceId(router)).withSpeed(DemoTopology.KBPS_400G)
                        .cabled(false).markConnected(false)).stream()
                .map(Interface::id).filter(id -> !claimed.contains(id)).findFirst().orElseThrow();
    }

    private Optional<UUID> live(Predicate<Subscription> which) {
        return transaction.execute(status -> repository.findAll().stream().filter(which).map(Subscription::id)
                .findFirst());
    }

    /** An earlier case's abort may have left it out of sync; an operator puts it back as here. */
    private UUID inSync(UUID id) {
        if (!subscription(id).path("insync").asBoolean()) {
            ApiClient.Response resynced = api().put("/api/subscriptions/" + id + "/insync",
                    Map.of("reason", "tamper matrix: next case"));
            assertThat(resynced.status()).as(resynced.body()).isEqualTo(200);
        }
        return id;
    }

    // --- the operator's legitimate work

    /** What the operator chooses in each form: our own routers, ports, circuit and node, never the victims'. */
    private Map<String, Object> legitimate(String activity, JsonNode task, UUID own) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (activity) {
            case CreateNodeProcess.SELECT_NODE -> values.put(CreateNodeProcess.DEVICE_ID,
                    FormValues.option(task, CreateNodeProcess.DEVICE_ID, label -> label.contains(SPARE)));
            case CreateNodeProcess.CONFIRM_NODE_CONFIG, CreateCircuitProcess.CONFIRM_CIRCUIT_CONFIG ->
                    values.put(ProcessVariables.CONFIG_APPLIED, true);
            case CreateCircuitProcess.CHOOSE_PRODUCT_AND_NODE_A -> {
                values.put(CreateCircuitProcess.PRODUCT,
                        FormValues.option(task, CreateCircuitProcess.PRODUCT, "Circuit 400G"::equals));
                values.put(CreateCircuitProcess.ROUTER_A,
                        FormValues.option(task, CreateCircuitProcess.ROUTER_A, OWN_A::equals));
            }
            case CreateCircuitProcess.CHOOSE_NODE_B -> values.put(CreateCircuitProcess.ROUTER_B,
                    FormValues.option(task, CreateCircuitProcess.ROUTER_B, OWN_B::equals));
            case CreateCircuitProcess.CHOOSE_PORTS -> values.putAll(FormValues.firstChoices(task));
            case ModifyCircuitProcess.CHOOSE_CIRCUIT, TerminateCircuitProcess.CHOOSE_CIRCUIT,
                    ValidateCircuitProcess.CHOOSE_CIRCUIT, TerminateNodeProcess.CHOOSE_NODE,
                    ValidateNodeProcess.CHOOSE_NODE -> {
                assertThat(FormValues.offers(task, ProcessVariables.SUBSCRIPTION_ID, own.toString()))
                        .as("%s offers our own %s: %s", activity, own, task).isTrue();
                values.put(ProcessVariables.SUBSCRIPTION_ID, own.toString());
            }
            case ModifyCircuitProcess.CHOOSE_MAINTENANCE_MODE -> values.put(ModifyCircuitProcess.UNDER_MAINTENANCE,
                    !subscription(own).path("circuit").path("under_maintenance").asBoolean());
            case TerminateCircuitProcess.CONFIRM_CIRCUIT_REMOVAL ->
                    values.put(TerminateCircuitProcess.CONFIG_REMOVED, true);
            default -> throw new AssertionError("no legitimate values known for " + activity);
        }
        return values;
    }

    /**
     * Once the step's first try has failed, its second is due now rather than after the retry cycle's wait, and the
     * job executor is told so at once instead of finding it after its idle wait (up to 10 s): the outage still fails
     * both tries and makes the incident, in a second rather than in ten.
     */
    private void hurryTheSecondTry() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Job> failed = managementService.createJobQuery().processInstanceId(process).withException()
                    .list().stream().findFirst();
            if (failed.isPresent()) {
                if (failed.get().getRetries() > 0) {
                    managementService.setJobDuedate(failed.get().getId(), new Date());
                    engineConfiguration.getJobExecutor().jobWasAdded();
                }
                return;
            }
            if (runtimeService.createProcessInstanceQuery().processInstanceId(process).count() == 0
                    || taskService.createTaskQuery().processInstanceId(process).count() > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A job the retry gave one more try keeps its last due date, up to the retry cycle's wait ahead: due now. */
    private void runRetriedJobsNow() {
        managementService.createJobQuery().processInstanceId(process).withRetriesLeft().list()
                .forEach(job -> managementService.setJobDuedate(job.getId(), new Date()));
        engineConfiguration.getJobExecutor().jobWasAdded();
    }

    /** The workflow stands still: at a task, at an incident, or ended. */
    private JsonNode settle() {
        return operator.await(process, p -> !p.path("status").asText().equals("running"));
    }

    /** How a workflow stands, in one line: status, outcome, open task, failure. */
    private static String brief(JsonNode view) {
        return view.path("workflow").asText() + " " + view.path("status").asText()
                + (view.path("outcome").isTextual() ? " at " + view.path("outcome").asText() : "")
                + (view.path("open_task").isObject() ? " at task " + view.path("open_task").path("name").asText() : "")
                + (view.path("failure").isObject() ? " failed: " + view.path("failure").path("message").asText() : "")
                + " " + view.path("subscription_ids");
    }

    private String activity(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? "(task " + taskId + " gone)" : task.getTaskDefinitionKey();
    }

    // --- what a completed workflow must have done

    private static String successEnd(String workflow) {
        return switch (workflow) {
            case CreateNodeProcess.KEY -> CreateNodeProcess.END_NODE_ACTIVE;
            case CreateCircuitProcess.KEY -> CreateCircuitProcess.END_CIRCUIT_ACTIVE;
            case ModifyCircuitProcess.KEY -> ModifyCircuitProcess.END_CIRCUIT_MODIFIED;
            case TerminateNodeProcess.KEY -> TerminateNodeProcess.END_NODE_TERMINATED;
            case TerminateCircuitProcess.KEY -> TerminateCircuitProcess.END_CIRCUIT_TERMINATED;
            case ValidateNodeProcess.KEY -> ValidateNodeProcess.END_IN_SYNC;
            case ValidateCircuitProcess.KEY -> ValidateCircuitProcess.END_IN_SYNC;
            default -> throw new AssertionError(workflow);
        };
    }

    private void actedOnItsOwn(SoftAssertions softly, Case row, JsonNode ended, UUID own,
            Boolean maintenanceChosen) {
        JsonNode ids = ended.path("subscription_ids");
        if (own != null) {
            softly.assertThat(ids.toString()).as("the subscriptions it worked on").isEqualTo("[\"" + own + "\"]");
        } else {
            softly.assertThat(ids.size()).as("the subscriptions it worked on: %s", ids).isEqualTo(1);
        }
        if (ids.size() != 1) {
            return;
        }
        JsonNode mine = subscription(UUID.fromString(ids.get(0).asText()));
        String state = mine.path("status").asText() + (mine.path("insync").asBoolean() ? ", in sync" : "");
        switch (row.workflow()) {
            case CreateNodeProcess.KEY -> {
                softly.assertThat(state).as("the node it built").isEqualTo("ACTIVE, in sync");
                softly.assertThat(mine.path("node").path("node_name").asText()).as("its router").isEqualTo(SPARE);
                softly.assertThat(mine.path("customer_id").asText()).as("its customer")
                        .isNotEqualTo(Victims.CUSTOMER);
            }
            case CreateCircuitProcess.KEY -> {
                softly.assertThat(state).as("the circuit it built").isEqualTo("ACTIVE, in sync");
                softly.assertThat(mine.path("circuit").path("endpoint_a").path("node_subscription_id").asText())
                        .as("its A side").isEqualTo(ownNodeA.toString());
                softly.assertThat(mine.path("circuit").path("endpoint_b").path("node_subscription_id").asText())
                        .as("its B side").isEqualTo(ownNodeB.toString());
                softly.assertThat(mine.path("customer_id").asText()).as("its customer")
                        .isNotEqualTo(Victims.CUSTOMER);
            }
            case ModifyCircuitProcess.KEY -> {
                softly.assertThat(state).as("the circuit it modified").isEqualTo("ACTIVE, in sync");
                softly.assertThat(mine.path("circuit").path("under_maintenance").asBoolean())
                        .as("the maintenance mode chosen").isEqualTo(maintenanceChosen);
            }
            case TerminateNodeProcess.KEY, TerminateCircuitProcess.KEY ->
                    softly.assertThat(state).as("what it terminated").startsWith("TERMINATED");
            default -> softly.assertThat(state).as("what it validated").isEqualTo("ACTIVE, in sync");
        }
    }

    private JsonNode subscription(UUID id) {
        return api().get("/api/subscriptions/" + id).json();
    }

    private Estate estate() {
        return Estate.take(api(), ApiClient.netBox("http://127.0.0.1:" + port + "/netbox",
                SimulatorProperties.DEMO_TOKEN), victims, repository, transaction);
    }
}
