package org.netorch.process.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netorch.process.circuit.CreateCircuitProcess.*;
import static org.netorch.process.shared.ProcessVariables.CONFIG_APPLIED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.Cable;
import org.netorch.netbox.CableQuery;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.NetBoxLookup;
import org.netorch.testsupport.ApiClient.Response;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.CleanSlate;
import org.netorch.testsupport.WorkflowDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** create_circuit over our API and real HTTP, on two routers enrolled through create_node, with the job executor. */
class CreateCircuitIT extends AppIntegrationTest {

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
    SimulatorJournal journal;
    @Autowired
    CleanSlate cleanSlate;

    WorkflowDriver operator;
    UUID loc1;
    UUID loc2;

    @BeforeEach
    void twoEnrolledRouters() {
        cleanSlate.apply();
        simulator.reset();
        faults.clear();
        operator = WorkflowDriver.forTests(api());
        loc1 = operator.enrollNode(lookup.deviceId("loc1-core"));
        loc2 = operator.enrollNode(lookup.deviceId("loc2-core"));
        journal.clear();
    }

    @Test
    void createsACircuitBetweenTwoRoutersWithItsCableAndAddressesInNetBox() {
        long aPort = lookup.port("loc1-core", "1/1/c1/1");
        long bPort = lookup.port("loc2-core", "1/1/c1/1");
        String process = operator.start(KEY, input("Circuit 400G", loc1, loc2, aPort, bPort));

        JsonNode task = operator.completeOpenTask(process, Map.of(CONFIG_APPLIED, true));
        assertThat(task.path("name").asText()).isEqualTo("Apply configuration to loc1-core and loc2-core");
        assertThat(task.path("variables").path(CONFIG_TEXT_A).asText())
                .contains("interface 1/1/c1/1", "ipv6 address 2001:db8:10::/127", "isis metric 15000000 level-2");
        assertThat(task.path("variables").path(CONFIG_TEXT_B).asText())
                .contains("ipv6 address 2001:db8:10::1/127", "isis metric 15000000 level-2");

        JsonNode done = operator.await(process, p -> p.path("status").asText().equals("completed"));
        assertThat(done.path("outcome").asText()).isEqualTo(END_CIRCUIT_ACTIVE);
        String id = done.path("subscription_ids").get(0).asText();
        JsonNode subscription = api().get("/api/subscriptions/" + id).json();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("insync").asBoolean()).isTrue();

        List<Cable> cables = netBox.cables(CableQuery.all()).stream()
                .filter(cable -> cable.description().contains(id)).toList();
        assertThat(cables).singleElement().satisfies(cable -> {
            assertThat(cable.hasStatus("connected")).isTrue();
            assertThat(cable.joins(aPort, bPort)).isTrue();
        });
        assertThat(subscription.path("description").asText())
                .isEqualTo("Circuit ID " + cables.get(0).id() + ": loc1-core:1/1/c1/1 <--> loc2-core:1/1/c1/1");
        assertThat(netBox.prefixes(PrefixQuery.childrenOf(POOL).describedWith(id))).extracting(p -> p.prefix())
                .containsExactlyInAnyOrder("2001:db8:10::/64", "2001:db8:10::/127");
        assertThat(netBox.ipAddresses(IpAddressQuery.onInterface(aPort).inside("2001:db8:10::/127")))
                .singleElement().satisfies(ip -> assertThat(ip.description()).contains(id));
        assertThat(netBox.ipAddresses(IpAddressQuery.onInterface(bPort).inside("2001:db8:10::/127")))
                .singleElement().satisfies(ip -> assertThat(ip.description()).contains(id));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsAllocated() {
        long freeA = lookup.port("loc1-core", "1/1/c2/1");
        long freeB = lookup.port("loc2-core", "1/1/c2/1");
        long cabledA = lookup.port("loc1-core", "1/1/c9/1");
        netBox.createCable(cabledA, lookup.port("loc2-core", "1/1/c9/1"), "connected", "x", "cabled by hand");
        journal.clear();

        assertRefused(input("Circuit 400G", loc1, loc1, freeA, lookup.port("loc1-core", "1/1/c3/1")), ROUTER_B,
                "another node than the A side");
        assertRefused(input("Circuit 400G", loc1, loc2, freeB, freeB), A_PORT, "is on loc2-core, not on loc1-core");
        assertRefused(input("Circuit 400G", loc1, loc2, cabledA, freeB), A_PORT, "already has a cable");
        assertRefused(input("Circuit 400G", loc1, loc2, lookup.port("loc1-core", "2/1/c1/1"), freeB), A_PORT,
                "is not a 400G port");
        assertRefused(input("Circuit 1T", loc1, loc2, freeA, freeB), PRODUCT, "not a circuit product");
        assertRefused(input("Circuit 400G", UUID.randomUUID(), loc2, freeA, freeB), ROUTER_A,
                "no Node subscription");
        Map<String, Object> partial = new HashMap<>(input("Circuit 400G", loc1, loc2, freeA, freeB));
        partial.remove(B_PORT);
        assertRefused(partial, B_PORT, "missing");

        assertThat(journal.writes()).isEmpty();
    }

    @Test
    void twoConcurrentCircuitsOnOnePortGiveItToExactlyOne() throws Exception {
        long shared = lookup.port("loc1-core", "1/1/c4/1");
        List<Map<String, Object>> inputs = List.of(
                input("Circuit 400G", loc1, loc2, shared, lookup.port("loc2-core", "1/1/c4/1")),
                input("Circuit 400G", loc1, loc2, shared, lookup.port("loc2-core", "1/1/c5/1")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> answers = new ArrayList<>();
        inputs.forEach(in -> answers.add(pool.submit(() -> api().post("/api/processes/create_circuit", in))));
        List<String> outcomes = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.status() == 400) {
                assertThat(response.json().path("detail").asText()).contains("already used by circuit");
                outcomes.add("refused");
                continue;
            }
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            JsonNode settled = operator.await(response.json().path("id").asText(),
                    p -> !p.path("status").asText().equals("running"));
            outcomes.add(settled.path("status").asText().equals("waiting") ? "waiting"
                    : settled.path("outcome").asText());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("waiting");
        assertThat(outcomes).filteredOn(o -> !o.equals("waiting"))
                .allMatch(o -> o.equals("refused") || o.equals(END_CHOICE_REFUSED));
        assertThat(netBox.prefixes(PrefixQuery.childrenOf(POOL))).hasSize(2);
        assertThat(netBox.ipAddresses(IpAddressQuery.all().inside(POOL))).hasSize(2);
    }

    private void assertRefused(Map<String, Object> input, String field, String reason) {
        Response response = api().post("/api/processes/create_circuit", input);
        assertThat(response.status()).as(input + " " + response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("detail").asText()).contains(reason);
    }

    private static Map<String, Object> input(String product, UUID a, UUID b, long aPort, long bPort) {
        return Map.of(PRODUCT, product, ROUTER_A, a.toString(), ROUTER_B, b.toString(),
                A_PORT, aPort, B_PORT, bPort);
    }
}
