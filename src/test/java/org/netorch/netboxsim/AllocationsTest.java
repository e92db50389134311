package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.netboxsim.SimulatorFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AllocationsTest {

    private static final long CIRCUIT_POOL = 3;
    private static final long MANAGEMENT_V4 = 5;

    private final SimulatorFixture simulator = new SimulatorFixture();

    @AfterEach
    void close() {
        simulator.close();
    }

    private JsonNode allocatePrefix(long parent, String body) {
        return simulator.allocations.allocatePrefixes(parent, json(body), SimulatorFixture.BASE);
    }

    @Test
    void hasTheCircuitPoolWhereTheWorkflowsExpectIt() {
        JsonNode pool = simulator.objects.get(Kind.PREFIX, CIRCUIT_POOL,
                new org.springframework.util.LinkedMultiValueMap<>(), SimulatorFixture.BASE);

        assertThat(pool.get("prefix").asText()).isEqualTo("2001:db8:10::/44");
    }

    @Test
    void allocatesConsecutiveBlocksEvenUnderConcurrentRequests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> allocatePrefix(CIRCUIT_POOL, "{\"prefix_length\": 64}").get("prefix").asText());
        }
        List<String> prefixes = new ArrayList<>();
        for (Future<String> result : pool.invokeAll(requests)) {
            prefixes.add(result.get());
        }
        pool.shutdown();

        assertThat(prefixes).doesNotHaveDuplicates().hasSize(8)
                .contains("2001:db8:10::/64", "2001:db8:10:7::/64");
    }

    @Test
    void offersEvenTheNetworkAddressOfAPool() {
        JsonNode ip = simulator.allocations.allocateIps(MANAGEMENT_V4, json("{\"dns_name\": \"Loc6-Core.example.com\"}"),
                SimulatorFixture.BASE);

        // a pool offers its network address too; .1 to .5 are the seeded loopbacks
        assertThat(ip.get("address").asText()).isEqualTo("10.0.0.0/24");
        assertThat(ip.get("dns_name").asText()).isEqualTo("loc6-core.example.com");
    }

    @Test
    void createsNothingWhenOneOfSeveralRequestsCannotBeMet() {
        JsonNode link = allocatePrefix(CIRCUIT_POOL, "{\"prefix_length\": 127}");
        long linkId = link.get("id").asLong();

        assertThatThrownBy(() -> simulator.allocations.allocateIps(linkId, json("[{}, {}, {}]"), SimulatorFixture.BASE))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.status).isEqualTo(409));
        assertThat(simulator.count(Kind.IP_ADDRESS, "parent=2001:db8:10::/127")).isZero();
    }

    @Test
    void answersInvalidLengthsWithOneErrorPerItem() {
        assertThatThrownBy(() -> allocatePrefix(CIRCUIT_POOL, "[{\"prefix_length\": 64}, {\"prefix_length\": 129}]"))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body.toString())
                        .isEqualTo("[{}, {prefix_length=[Invalid prefix length (129) for IPv6]}]"));
        assertThatThrownBy(() -> allocatePrefix(CIRCUIT_POOL, "{}"))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body.toString())
                        .isEqualTo("[{prefix_length=[this field can not be missing]}]"));
    }

    @Test
    void refusesAnAddressMaskShorterThanItsPrefix() {
        assertThatThrownBy(() -> simulator.allocations.allocateIps(MANAGEMENT_V4, json("{\"prefix_length\": 16}"),
                SimulatorFixture.BASE)).isInstanceOfSatisfying(NetBoxApiError.class,
                error -> assertThat(error.body.toString()).isEqualTo("[{prefix_length=[Invalid prefix length (16) for IPv4]}]"));
    }

    @Test
    void makesOnlyAnAddressOfTheDeviceItsPrimary() {
        long loc1 = simulator.deviceId("loc1-core");
        long loc2Loopback = simulator.list(Kind.IP_ADDRESS, "address=10.0.0.2/32").get("results").get(0).get("id").asLong();

        assertThatThrownBy(() -> simulator.objects.update(Kind.DEVICE, loc1, json("{\"primary_ip4\": " + loc2Loopback + "}"),
                SimulatorFixture.BASE)).isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body)
                .hasToString("{primary_ip4=[The specified IP address (10.0.0.2/32) is not assigned to this device.]}"));
    }

    @Test
    void clearsAPrimaryAddressThatIsDeleted() {
        long loc1 = simulator.deviceId("loc1-core");
        long loopback = simulator.list(Kind.IP_ADDRESS, "address=10.0.0.1/32").get("results").get(0).get("id").asLong();

        simulator.objects.delete(Kind.IP_ADDRESS, loopback);

        JsonNode device = simulator.objects.get(Kind.DEVICE, loc1, new org.springframework.util.LinkedMultiValueMap<>(),
                SimulatorFixture.BASE);
        assertThat(device.get("primary_ip4").isNull()).isTrue();
        assertThat(device.get("primary_ip").get("address").asText()).isEqualTo("2001:db8::1/128");
    }

    @Test
    void refusesToAssignAnIpv4NetworkAddressToAnInterface() {
        long port = simulator.interfaceId("loc1-core", "1/1/c1/1");

        assertThatThrownBy(() -> simulator.objects.create(Kind.IP_ADDRESS, json("{\"address\": \"192.0.2.0/24\", "
                + "\"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": " + port + "}"),
                SimulatorFixture.BASE)).isInstanceOfSatisfying(NetBoxApiError.class, error ->
                assertThat(error.body.toString()).contains("192.0.2.0/24 is a network ID"));
    }
}
