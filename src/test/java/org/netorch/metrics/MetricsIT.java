package org.netorch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.process.node.CreateNodeProcess;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /actuator/prometheus} after a known set of create_node runs: two done, one failed, one aborted. */
class MetricsIT extends AppIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CREATE_NODE = "workflow=\"create_node\"";
    private static final String NO_ROLE = "metricsoutsider";
    private static final String DEVICE_PATCH = "method=\"PATCH\",path=\"/api/dcim/devices/{id}/\"";

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    NetBoxClient netBox;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void freshTopology() {
        cleanSlate.apply();
        simulator.reset();
    }

    @AfterEach
    void noFaultsLeft() {
        faults.clear();
    }

    @Test
    void countsWorkflowsByOutcomeIncidentsStepsAndNetBoxCalls() {
        WorkflowDriver driver = WorkflowDriver.forTests(api());
        Scrape before = scrape();

        driver.enrollNode(deviceId("loc1-core"));
        driver.enrollNode(deviceId("loc2-core"));
        String failing = driver.start("create_node", Map.of("device_id", deviceId("loc3-core")));
        faults.inject(SimulatedFault.failNext("PATCH", "/api/dcim/devices/*/", 503, 2));
        driver.completeOpenTask(failing, Map.of("config_applied", true));
        driver.await(failing, p -> p.path("status").asText().equals("failed"));
        String aborted = driver.start("create_node", Map.of("device_id", deviceId("loc4-core")));
        driver.await(aborted, p -> p.path("status").asText().equals("waiting"));
        assertThat(api().post("/api/processes/" + aborted + "/abort", Map.of()).status()).isEqualTo(200);
        // a create workflow's abort path undoes its NetBox writes as jobs of its own before it ends
        driver.await(aborted, p -> p.path("status").asText().equals("aborted"));

        // the gauges are counted afresh at most every few seconds
        Scrape after = awaitScrape(s -> s.value("orchestrator_incidents_open") == 1);
        assertThat(after.delta(before, "orchestrator_workflows_started_total", CREATE_NODE)).isEqualTo(4);
        assertThat(after.delta(before, "orchestrator_workflows_completed_total", CREATE_NODE,
                "outcome=\"" + CreateNodeProcess.END_NODE_ACTIVE + "\"")).isEqualTo(2);
        assertThat(after.delta(before, "orchestrator_workflows_failed_total", CREATE_NODE)).isEqualTo(1);
        assertThat(after.delta(before, "orchestrator_workflows_aborted_total", CREATE_NODE)).isEqualTo(1);
        assertThat(after.delta(before, "orchestrator_steps_seconds_count", CREATE_NODE,
                "activity=\"" + CreateNodeProcess.UPDATE_NODE_STATUS_IN_NETBOX + "\"")).isEqualTo(2);
        assertThat(after.delta(before, "netbox_requests_seconds_count", DEVICE_PATCH, "status=\"200\""))
                .isEqualTo(2);
        assertThat(after.delta(before, "netbox_requests_seconds_count", DEVICE_PATCH, "status=\"503\""))
                .isEqualTo(2);
        assertThat(after.text()).contains("orchestrator_jobs_executable ").contains("orchestrator_jobs_locked ");
        assertThat(after.text()).doesNotContain("path=\"/api/dcim/devices/" + deviceId("loc1-core") + "/\"");
    }

    @Test
    void aViewerMayScrapeButNeitherAnAnonymousCallerNorAUserWithoutARole() {
        HttpResponse<String> viewer = prometheus("viewer", "viewer");
        assertThat(viewer.statusCode()).as(viewer.body()).isEqualTo(200);
        assertThat(viewer.body()).contains("orchestrator_incidents_open");

        HttpResponse<String> anonymous = prometheus(null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("orchestrator_");

        if (identityService.createUserQuery().userId(NO_ROLE).count() == 0) {
            User outsider = identityService.newUser(NO_ROLE);
            outsider.setPassword(NO_ROLE);
            identityService.saveUser(outsider);
        }
        HttpResponse<String> outsider = prometheus(NO_ROLE, NO_ROLE);
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.body()).doesNotContain("orchestrator_");
    }

    private long deviceId(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0).id();
    }

    /** As Prometheus scrapes: its text format, with a login. */
    private Scrape scrape() {
        HttpResponse<String> response = prometheus(DEMO_USER, DEMO_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Scrape(response.body());
    }

    /** {@code /actuator/prometheus} in its text format, as the user or (user null) as an anonymous caller. */
    private HttpResponse<String> prometheus(String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/prometheus")).header("Accept", "text/plain");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Scrape awaitScrape(Predicate<Scrape> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Scrape scrape = scrape();
            if (condition.test(scrape) || System.nanoTime() > deadline) {
                return scrape;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One Prometheus text exposition; a value is the sum of the series of a name that carry all given labels. */
    record Scrape(String text) {

        double value(String name, String... labels) {
            return text.lines()
                    .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }

        double delta(Scrape before, String name, String... labels) {
            return value(name, labels) - before.value(name, labels);
        }
    }
}
