package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The jar's {@code --netbox-simulator-only} mode: NetBox's API on its port, and nothing of the orchestrator. */
class SimulatorOnlyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext simulator;
    private static String base;

    @BeforeAll
    static void start() {
        simulator = SimulatorOnly.run(new String[] {SimulatorOnly.ARGUMENT, "--server.port=0",
                "--netbox.simulator.store-url=jdbc:h2:mem:sim-only-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"});
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) simulator).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void answersNetBoxStatusAndListsTheSeededRoutersWithTheToken() throws Exception {
        HttpResponse<String> status = get("/netbox/api/status/", SimulatorProperties.DEMO_TOKEN);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json(status).path("netbox-version").asText()).isNotBlank();

        HttpResponse<String> devices = get("/netbox/api/dcim/devices/?status=planned", SimulatorProperties.DEMO_TOKEN);
        assertThat(devices.statusCode()).isEqualTo(200);
        assertThat(json(devices).path("count").asInt()).isEqualTo(5);
        assertThat(json(devices).path("results").get(0).path("name").asText()).isEqualTo("loc1-core");
    }

    @Test
    void refusesCallsWithoutTheToken() throws Exception {
        assertThat(get("/netbox/api/dcim/devices/", null).statusCode()).isEqualTo(403);
    }

    @Test
    void runsNoEngineNoWebappsAndNoAppDatabase() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(404);
        assertThat(get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/subscriptions", null).statusCode()).isEqualTo(404);
        assertThat(simulator.getBeanNamesForType(ProcessEngine.class)).isEmpty();
        assertThat(simulator.getBeanNamesForType(DataSource.class)).isEmpty();
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json");
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }
}
