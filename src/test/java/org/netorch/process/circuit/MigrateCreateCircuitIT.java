package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netorch.process.circuit.CreateCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.subscription.Subscription;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.TestPropertySource;

/**
 * A release renames create_circuit's config task and adds a step: {@code POST /api/processes/migrations} moves a
 * circuit waiting at its config task and one failed at a NetBox step to the new version, and both finish there with
 * each NetBox object once. The new version and its renames file are test resources laid out as {@code bpmn/} is.
 */
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=migration",
        "orchestrator.migration.renames=classpath:next-release/migrations/"})
class MigrateCreateCircuitIT extends AppIntegrationTest {

    static final String RENAMED_CONFIG_TASK = "userTask_applyCircuitConfig";
    static final String ADDED_STEP = "manualTask_labelCable";
    private static final String POOL = "2001:db8:10::/44";

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxLookup lookup;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
        lookup.awaitAnswering();
    }

    @AfterEach
    void noFaultsLeft() {
        faults.clear();
    }

    @Test
    void aWaitingAndAFailedCircuitMoveToTheNewVersionAndFinishThereWithNothingDuplicated() throws IOException {
        WorkflowDriver operator = WorkflowDriver.forTests(api().as("operator", "operator"));
        UUID loc1 = operator.enrollNode(lookup.deviceId("loc1-core"));
        UUID loc2 = operator.enrollNode(lookup.deviceId("loc2-core"));
        String waiting = operator.start(KEY, input(loc1, loc2, "1/1/c1/1"));
        operator.await(waiting, p -> p.path("status").asText().equals("waiting"));
        faults.inject(SimulatedFault.failNext("POST", "/api/dcim/cables/", 503, 100));
        String failed = operator.start(KEY, input(loc1, loc2, "1/1/c2/1"));
        JsonNode failure = operator.await(failed, p -> p.path("status").asText().equals("failed"));
        assertThat(failure.path("failure").path("step").asText()).isEqualTo(CREATE_CABLE_IN_NETBOX);
        ProcessDefinition v1 = definitionOf(waiting);
        ProcessDefinition v2 = deployNextRelease();

        Response dryRun = migrate(api(), Map.of("workflow", KEY, "dry_run", true));

        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        System.out.println("MIGRATION DRY RUN " + dryRun.body());
        JsonNode report = dryRun.json();
        assertThat(report.path("target").path("version").asInt()).isEqualTo(v2.getVersion());
        assertThat(report.path("renamed").path("userTask_confirmCircuitConfig").asText())
                .isEqualTo(RENAMED_CONFIG_TASK);
        assertThat(report.path("movable").findValuesAsText("process_id")).containsExactlyInAnyOrder(waiting, failed);
        assertThat(report.path("movable").findValuesAsText("from_version")).containsOnly(
                String.valueOf(v1.getVersion()));
        assertThat(report.path("movable")).allSatisfy(instance -> assertThat(instance.path("at").get(0).asText())
                .isEqualTo(instance.path("process_id").asText().equals(waiting) ? CONFIRM_CIRCUIT_CONFIG
                        : CREATE_CABLE_IN_NETBOX));
        assertThat(report.path("blocked")).isEmpty();
        assertThat(report.path("batch_ids")).isEmpty();
        assertThat(definitionOf(waiting).getId()).as("a dry run moves nothing").isEqualTo(v1.getId());
        assertThat(definitionOf(failed).getId()).isEqualTo(v1.getId());

        assertThat(migrate(api().as("operator", "operator"), Map.of("workflow", KEY)).status()).isEqualTo(403);
        assertThat(migrate(api().as("viewer", "viewer"), Map.of("workflow", KEY)).status()).isEqualTo(403);
        assertRefused(migrate(api(), Map.of("dry_run", true)), "workflow", "is required");
        assertRefused(migrate(api(), Map.of("workflow", "create_anything")), "workflow", "is deployed");
        assertRefused(migrate(api(), Map.of("workflow", KEY, "dry_run", "no")), "dry_run", "true or false");

        Response run = migrate(api(), Map.of("workflow", KEY, "dry_run", false));

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().path("batch_ids")).hasSize(1);
        awaitOn(v2, waiting, failed);

        faults.clear();
        assertThat(operator.api().post("/api/processes/" + failed + "/retry", Map.of()).status()).isEqualTo(200);
        for (String process : List.of(waiting, failed)) {
            JsonNode task = operator.completeOpenTask(process, Map.of(CONFIG_APPLIED, true));
            assertThat(task.path("name").asText()).isEqualTo("Apply configuration to loc1-core and loc2-core");
            JsonNode done = operator.awaitEnd(process);
            assertThat(done.path("outcome").asText()).isEqualTo(END_CIRCUIT_ACTIVE);
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(process)
                    .activityId(ADDED_STEP).count()).as("passed the added step").isOne();
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(process)
                    .activityId(RENAMED_CONFIG_TASK).count()).as("its config task under its new id").isOne();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(process).singleResult()
                    .getProcessDefinitionId()).isEqualTo(v2.getId());
            String circuit = done.path("subscription_ids").get(0).asText();
            assertThat(api().get("/api/subscriptions/" + circuit).json().path("status").asText()).isEqualTo("ACTIVE");
            assertOnceInNetBox(circuit);
            assertThat(api().get("/api/subscriptions/" + circuit + "/events").json())
                    .filteredOn(event -> event.path("field").asText().equals(Subscription.PROCESS_VERSION))
                    .singleElement().satisfies(event -> {
                        assertThat(event.path("old_value").asText()).isEqualTo(KEY + " v" + v1.getVersion());
                        assertThat(event.path("new_value").asText()).isEqualTo(KEY + " v" + v2.getVersion());
                        assertThat(event.path("actor").asText()).isEqualTo(DEMO_USER);
                    });
        }
    }

    @Test
    void anInstanceAtAStepTheNewVersionRenamedUndeclaredIsBlockedWithCamundasReasonAndStays() throws IOException {
        WorkflowDriver operator = WorkflowDriver.forTests(api().as("operator", "operator"));
        String waiting = operator.start("create_node", Map.of("device_id", lookup.deviceId("loc3-core")));
        operator.await(waiting, p -> p.path("status").asText().equals("waiting"));
        ProcessDefinition v1 = definitionOf(waiting);
        // a release that renames the config task without declaring it in migrations/create_node.json
        String renamed = read("bpmn/create_node.bpmn")
                .replace("userTask_confirmNodeConfig", "userTask_applyNodeConfig");
        deploy(repositoryService.createDeployment().name("create_node undeclared rename")
                .addString("create_node.bpmn", renamed));

        JsonNode report = migrate(api(), Map.of("workflow", "create_node")).json();

        assertThat(report.path("dry_run").asBoolean()).as("a dry run unless asked otherwise").isTrue();
        assertThat(report.path("movable").findValuesAsText("process_id")).doesNotContain(waiting);
        JsonNode blocked = report.path("blocked").get(0);
        assertThat(blocked.path("process_id").asText()).isEqualTo(waiting);
        assertThat(blocked.path("at").get(0).asText()).isEqualTo("userTask_confirmNodeConfig");
        assertThat(blocked.path("reasons").get(0).asText()).contains("userTask_confirmNodeConfig");
        System.out.println("MIGRATION DRY RUN BLOCKED " + report);

        JsonNode run = migrate(api(), Map.of("workflow", "create_node", "dry_run", false)).json();
        assertThat(run.path("batch_ids")).as("nothing to move").isEmpty();
        assertThat(definitionOf(waiting).getId()).isEqualTo(v1.getId());
    }

    private void assertOnceInNetBox(String circuit) {
        assertThat(netBox.cables(CableQuery.all())).filteredOn(cable -> cable.description().contains(circuit))
                .singleElement().satisfies(cable -> assertThat(cable.hasStatus("connected")).isTrue());
        assertThat(netBox.prefixes(PrefixQuery.childrenOf(POOL).describedWith(circuit))).hasSize(2);
        assertThat(netBox.ipAddresses(IpAddressQuery.all().inside(POOL).describedWith(circuit))).hasSize(2);
    }

    private ProcessDefinition deployNextRelease() throws IOException {
        return deploy(repositoryService.createDeployment().name("create_circuit next release")
                .addClasspathResource("next-release/create_circuit.bpmn"));
    }

    private ProcessDefinition deploy(DeploymentBuilder deployment) throws IOException {
        // its tasks find their forms in their own deployment
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
        }
        String deploymentId = deployment.deploy().getId();
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    private static String read(String resource) throws IOException {
        try (var in = MigrateCreateCircuitIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ProcessDefinition definitionOf(String process) {
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(process).singleResult()
                .getProcessDefinitionId();
        return repositoryService.getProcessDefinition(definitionId);
    }

    private void awaitOn(ProcessDefinition target, String... processes) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(processes))
                .processDefinitionId(target.getId()).count() < processes.length) {
            assertThat(System.nanoTime()).as("the batch moved every instance in time").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Response migrate(ApiClient as, Map<String, Object> body) {
        return as.post("/api/processes/migrations", body);
    }

    private static void assertRefused(Response response, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("detail").asText()).contains(reason);
    }

    private Map<String, Object> input(UUID a, UUID b, String port) {
        return Map.of(PRODUCT, "Circuit 400G", ROUTER_A, a.toString(), ROUTER_B, b.toString(),
                A_PORT, lookup.port("loc1-core", port), B_PORT, lookup.port("loc2-core", port));
    }
}
