package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A task completion our check refuses is the caller's mistake on Camunda's REST API too: 400, not 500. */
@ExtendWith(OutputCaptureExtension.class)
class EngineRestFormCheckIT extends AppIntegrationTest {

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SimulatorState simulator;

    @Test
    void completingWithoutConfirmingTheConfigIs400WithTheChecksMessageAndNoServerError(CapturedOutput log) {
        cleanSlate.apply();
        simulator.reset();
        var operator = WorkflowDriver.forTests(api());
        String process = operator.start("create_node", Map.of("device_id", 1));
        String task = operator.await(process, p -> p.path("status").asText().equals("waiting"))
                .path("open_task").path("id").asText();

        var refused = api().post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).startsWith("config_applied:");
        assertThat(log.getOut()).contains("Task completion refused over /engine-rest: config_applied:");
        // jobs of other tests may log their own engine errors meanwhile; none may be about this refusal
        assertThat(log.getOut().lines().filter(line -> line.contains("ENGINE-16004")))
                .noneMatch(line -> line.contains("config_applied"));
        assertThat(operator.await(process, p -> true).path("open_task").path("id").asText()).isEqualTo(task);
    }
}
