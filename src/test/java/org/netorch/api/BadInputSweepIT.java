package org.netorch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.Product;
import org.netorch.subscription.SubscriptionService;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every endpoint of our API against what careless and hostile clients send: each answer is a 4xx problem+json that
 * says what is wrong, never a 5xx.
 */
class BadInputSweepIT extends AppIntegrationTest {

    private static final String JSON = "application/json";
    private static final String LONG = "x".repeat(5000);
    private static final String UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000";
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "123", "%20", LONG, "00000000-0000",
            UNKNOWN_UUID, "%E2%98%83", "null", "-1", "0x1F");
    private static final List<String> BAD_BODIES = List.of("{", "[]", "\"text\"", "42", "{\"a\":", "{\"a\":1}}",
            "{\"device_id\": \"one\"}", "{\"device_id\": -1}", "{\"device_id\": 1.5}", "{\"device_id\": 1e400}",
            "{\"device_id\": 123456789012345678901234567890}", "{\"device_id\": true}", "{\"device_id\": {}}",
            "{\"device_id\": []}", "{\"unknown_field\": 1}", "{\"customer_id\": 5}",
            "{\"customer_id\": \"" + LONG + "\"}", "{\"customer_id\": \"a\\u0000b\"}", "{\"customer_id\": \"\"}",
            "[".repeat(3000) + "]".repeat(3000), "{\"product\": \"Circuit 1T\"}", "{\"router_a\": \"x\"}",
            "{\"subscription_id\": \"nope\"}", "{\"config_applied\": \"yes\"}", "{\"a_port\": -5}");

    @Autowired
    CleanSlate cleanSlate;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    TransactionTemplate transaction;

    private final List<String> failures = new ArrayList<>();
    private int cases;

    @BeforeEach
    void clean() {
        cleanSlate.apply();
    }

    @Test
    void everyBadRequestGetsAProblemThatSaysWhatIsWrongAndNeverA5xx() {
        ApiClient api = api();
        // a real waiting workflow, so task, retry and abort calls reach their own checks
        String process = WorkflowDriver.forTests(api).start("create_node", Map.of());
        String task = WorkflowDriver.forTests(api)
                .await(process, p -> p.path("status").asText().equals("waiting")).path("open_task").path("id")
                .asText();

        for (String page : List.of("-1", "abc", "2147483647", "99999999999", "1.5", "%00")) {
            expect4xx("GET", "/api/subscriptions?page=" + page, null);
        }
        for (String size : List.of("0", "201", "-3", "abc", "99999999999", "1e3")) {
            expect4xx("GET", "/api/subscriptions?size=" + size, null);
        }
        for (String filter : List.of("product=Nope", "product=" + LONG, "status=nope", "status=%00",
                "status=" + LONG, "page=1&size=1&status=ACTIVES")) {
            expect4xx("GET", "/api/subscriptions?" + filter, null);
        }
        for (String id : BAD_IDS) {
            expect4xx("GET", "/api/subscriptions/" + id, null);
            expect4xx("GET", "/api/subscriptions/" + id + "/events", null);
            expect4xx("GET", "/api/subscriptions/" + id + "/processes", null);
            expect4xx("PUT", "/api/subscriptions/" + id + "/insync", null);
            expect4xx("GET", "/api/processes/" + id, null);
            expect4xx("POST", "/api/processes/" + id + "/retry", null);
            expect4xx("POST", "/api/processes/" + id + "/abort", "{}");
            expect4xx("POST", "/api/processes/" + process + "/tasks/" + id, "{\"config_applied\": true}");
            expect4xx("POST", "/api/processes/" + id + "/tasks/" + task, "{}");
            expect4xx("GET", "/api/processes/" + id + "/skips", null);
            expect4xx("POST", "/api/processes/" + id + "/skip",
                    "{\"activity\": \"serviceTask_updateNodeStatusInNetBox\", \"reason\": \"by hand\"}");
        }
        for (String workflow : List.of("create_node", "create_circuit", "modify_circuit")) {
            for (String body : BAD_BODIES) {
                expect4xx("POST", "/api/processes/" + workflow, body);
            }
            expect4xx("POST", "/api/processes/" + workflow, "text/plain", "device_id=1");
        }
        expect4xx("POST", "/api/processes/no_such_workflow", "{}");
        expect4xx("POST", "/api/processes/" + LONG, "{}");
        for (String body : BAD_BODIES) {
            expect4xx("POST", "/api/processes/" + process + "/tasks/" + task, body);
        }
        for (String body : List.of("{\"reason\": \"" + "r".repeat(1001) + "\"}", "{\"reason\": 5}",
                "{\"reason\": [\"a\"]}", "{", "[]")) {
            expect4xx("POST", "/api/processes/" + process + "/abort", body);
        }
        for (String body : List.of("{}", "{\"activity\": 5, \"reason\": \"r\"}", "{\"activity\": \"x\"}",
                "{\"activity\": \"userTask_confirmNodeConfig\", \"reason\": \"" + "r".repeat(1001) + "\"}",
                "{\"activity\": \"" + LONG + "\", \"reason\": \"r\"}", "{", "[]", "\"skip\"")) {
            expect4xx("POST", "/api/processes/" + process + "/skip", body);
        }
        for (String body : List.of("{}", "{\"workflow\": 5}", "{\"workflow\": \"create_node\", \"dry_run\": \"yes\"}",
                "{\"workflow\": \"" + LONG + "\"}", "{\"workflow\": \"no_such_workflow\"}", "{", "[]")) {
            expect4xx("POST", "/api/processes/migrations", body);
        }
        // one of its own: run alone, this test finds no subscription another test left behind
        String someSubscription = transaction.execute(status -> subscriptions.create(Product.NODE, "customer-1",
                "Node of the bad-input sweep", AuditContext.user("alice", "api")).id()).toString();
        for (String body : List.of("{}", "{\"reason\": \"\"}", "{\"reason\": \"" + "r".repeat(1001) + "\"}",
                "{\"reason\": 5}", "{\"reason\": null}", "{", "[]", "\"why\"")) {
            expect4xx("PUT", "/api/subscriptions/" + someSubscription + "/insync", body);
        }
        expect4xx("POST", "/api/processes/" + process + "/retry", null);
        for (String[] call : new String[][] {{"DELETE", "/api/subscriptions"}, {"POST", "/api/subscriptions"},
                {"PATCH", "/api/subscriptions/" + UNKNOWN_UUID}, {"DELETE", "/api/subscriptions/" + UNKNOWN_UUID},
                {"POST", "/api/subscriptions/" + UNKNOWN_UUID + "/events"},
                {"GET", "/api/subscriptions/" + UNKNOWN_UUID + "/insync"},
                {"PUT", "/api/processes/create_node"}, {"DELETE", "/api/processes/" + process},
                {"GET", "/api/processes/" + process + "/retry"}, {"GET", "/api/processes/" + process + "/abort"},
                {"PUT", "/api/processes/" + process + "/tasks/" + task},
                {"GET", "/api/processes/" + process + "/tasks/" + task}}) {
            expect4xx(call[0], call[1], null);
        }
        for (String path : List.of("/api/../api/subscriptions", "/api/subscriptions/../subscriptions",
                "/api/%2e%2e/api/subscriptions", "/api/subscriptions/%2e%2e", "/api/./subscriptions",
                "/api/subscriptions;jsessionid=1", "//api/subscriptions", "/api/nothing-here", "/api/",
                "/api/subscriptions/" + UNKNOWN_UUID + "/nothing", "/api/processes?status=broken",
                "/api/processes?started_after=yesterday", "/v3/api-docs/../../x")) {
            expect4xx("GET", path, null);
        }
        // sent as written: the JDK client neither normalises the path nor decodes it, so the server sees the raw
        // segments; Spring Security's firewall refuses the first ones, Tomcat the NUL and the encoded slash
        for (String method : List.of("POST", "PUT", "DELETE", "GET")) {
            expect4xx(method, "/api/processes/../processes/create_node", "{\"device_id\": 1}");
            expect4xx(method, "/engine-rest/process-definition/../process-definition/key/create_node/start", "{}");
            expect4xx(method, "/api/sub%00scriptions", null);
            expect4xx(method, "/api/subscriptions%2F" + UNKNOWN_UUID, null);
            expect4xx(method, "/engine-rest/task%2Fcount", null);
            expect4xx(method, "/camunda/app%2Ftasklist/", null);
            expect4xx(method, "/..", null);
        }
        System.out.printf("bad-input sweep: %d requests, %d answered otherwise than with a 4xx problem%n", cases,
                failures.size());
        assertThat(failures).as("answers that were not a 4xx problem").isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(200);
        // still waiting after all of that: no bad request changed it
        assertThat(api.get("/api/processes/" + process).json().path("status").asText()).isEqualTo("waiting");
    }

    @Test
    void aVariableInJavasSerializationFormatIsA400NamingItAndStartsNothing() {
        String started = "/engine-rest/process-instance/count?processDefinitionKey=create_node";
        long before = api().get(started).json().path("count").asLong();

        var refused = api().post("/engine-rest/process-definition/key/create_node/start", """
                {"variables": {"device_id": {"value": 1, "type": "Long"},
                  "payload": {"type": "Object", "value": "rO0ABXQABWhlbGxv",
                    "valueInfo": {"objectTypeName": "java.lang.String",
                      "serializationDataFormat": "application/x-java-serialized-object"}}}}
                """);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("payload").contains("serialization");
        assertThat(api().get(started).json().path("count").asLong()).isEqualTo(before);
    }

    private void expect4xx(String method, String path, String body) {
        expect4xx(method, path, body == null ? null : JSON, body);
    }

    private void expect4xx(String method, String path, String contentType, String body) {
        cases++;
        String what = method + " " + abbreviate(path) + (body == null ? "" : " " + abbreviate(body));
        ApiClient.Response response;
        try {
            response = api().send(method, path, contentType, body);
        } catch (RuntimeException e) {
            failures.add(what + " → no answer: " + e);
            return;
        }
        if (response.status() < 400 || response.status() >= 500) {
            failures.add(what + " → " + response.status() + " " + abbreviate(response.body()));
            return;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            failures.add(what + " → " + response.status() + " as " + response.contentType());
            return;
        }
        JsonNode problem = response.json();
        if (problem.path("status").asInt() != response.status() || problem.path("detail").asText().isBlank()) {
            failures.add(what + " → " + response.status() + " without status or detail: " + response.body());
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
