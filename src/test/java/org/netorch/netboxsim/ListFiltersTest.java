package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.netboxsim.SimulatorFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class ListFiltersTest {

    private final SimulatorFixture simulator = new SimulatorFixture();

    @AfterEach
    void close() {
        simulator.close();
    }

    private void refused(Kind kind, String query, String field, String value) {
        assertThatThrownBy(() -> simulator.list(kind, query)).isInstanceOfSatisfying(NetBoxApiError.class, error -> {
            assertThat(error.status).isEqualTo(400);
            assertThat(error.body).isEqualTo(Map.of(field,
                    List.of("Select a valid choice. " + value + " is not one of the available choices.")));
        });
    }

    @Test
    void combinesRepeatedValuesWithOrAndDifferentFiltersWithAnd() {
        assertThat(simulator.count(Kind.DEVICE, "name=loc1-core&name=LOC2-core")).isEqualTo(2);
        assertThat(simulator.count(Kind.DEVICE, "name=loc1-core&site=location-2")).isZero();
        assertThat(simulator.count(Kind.DEVICE, "status=planned&status=active")).isEqualTo(5);
    }

    @Test
    void refusesUnknownChoicesSlugsAndIds() {
        refused(Kind.DEVICE, "status=sleeping", "status", "sleeping");
        refused(Kind.DEVICE, "role=spine", "role", "spine");
        refused(Kind.DEVICE, "site_id=99", "site_id", "99");
        refused(Kind.INTERFACE, "device=loc9-core", "device", "loc9-core");
        refused(Kind.INTERFACE, "type=800gbase", "type", "800gbase");
        refused(Kind.PREFIX, "status=bogus", "status", "bogus");
    }

    @Test
    void findsInterfacesBySpeedKindAndState() {
        long loc2 = simulator.deviceId("loc2-core");
        String freeSlowPorts = "device_id=" + loc2 + "&speed=100000000&occupied=false";
        simulator.objects.update(Kind.INTERFACE, simulator.interfaceId("loc2-core", "2/1/c1/1"),
                json("{\"mark_connected\": true, \"enabled\": false}"), SimulatorFixture.BASE);

        assertThat(simulator.count(Kind.INTERFACE, freeSlowPorts)).isEqualTo(35);
        assertThat(simulator.count(Kind.INTERFACE, "mark_connected=true")).isEqualTo(1);
        assertThat(simulator.count(Kind.INTERFACE, "enabled=false&device_id=" + loc2)).isEqualTo(1 + 24);
        assertThat(simulator.count(Kind.INTERFACE, "kind=physical&device_id=" + loc2)).isEqualTo(96);
        assertThat(simulator.count(Kind.INTERFACE, "kind=virtual")).isEqualTo(5);
        assertThat(simulator.count(Kind.INTERFACE, "mgmt_only=false&device_id=" + loc2)).isEqualTo(97);
    }

    @Test
    void findsIpAddressesByAddressParentDeviceAndMarker() {
        simulator.objects.create(Kind.IP_ADDRESS, json("{\"address\": \"2001:db8:10::1/127\", "
                + "\"description\": \"Circuit [subscription 7e57]\"}"), SimulatorFixture.BASE);

        assertThat(simulator.count(Kind.IP_ADDRESS, "address=10.0.0.2")).isEqualTo(1);
        assertThat(simulator.count(Kind.IP_ADDRESS, "address=10.0.0.2/24")).isZero();
        assertThat(simulator.count(Kind.IP_ADDRESS, "address=not-an-ip")).isZero();
        assertThat(simulator.count(Kind.IP_ADDRESS, "parent=10.0.0.0/24")).isEqualTo(5);
        assertThat(simulator.count(Kind.IP_ADDRESS, "parent=2001:db8:10::/44")).isEqualTo(1);
        assertThat(simulator.count(Kind.IP_ADDRESS, "description__ic=7E57")).isEqualTo(1);
        assertThat(simulator.count(Kind.IP_ADDRESS, "device_id=" + simulator.deviceId("loc3-core"))).isEqualTo(2);
        assertThat(simulator.count(Kind.IP_ADDRESS, "role=loopback&status=active")).isEqualTo(10);
    }

    @Test
    void findsCablesByDeviceInterfaceAndStatus() {
        long a = simulator.interfaceId("loc1-core", "1/1/c1/1");
        simulator.cable(a, simulator.interfaceId("loc2-core", "1/1/c1/1"));

        assertThat(simulator.count(Kind.CABLE, "device_id=" + simulator.deviceId("loc2-core"))).isEqualTo(1);
        assertThat(simulator.count(Kind.CABLE, "device_id=" + simulator.deviceId("loc3-core"))).isZero();
        assertThat(simulator.count(Kind.CABLE, "interface_id=" + a + "&status=connected")).isEqualTo(1);
        assertThat(simulator.count(Kind.CABLE, "status=planned")).isZero();
    }

    @Test
    void pagesByCursorWhenGivenAStartId() {
        var page = simulator.list(Kind.INTERFACE, "start=70&limit=5");
        var last = simulator.list(Kind.INTERFACE, "start=484&limit=5");

        assertThat(page.get("count").isNull()).isTrue();
        assertThat(page.get("results")).map(i -> i.get("id").asLong()).containsExactly(70L, 71L, 72L, 73L, 74L);
        assertThat(page.get("next").asText()).contains("start=75").contains("limit=5");
        assertThat(last.get("results")).hasSize(2);
        assertThat(last.get("next").isNull()).isTrue();
        assertThatThrownBy(() -> simulator.list(Kind.INTERFACE, "start=1&offset=5"))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body)
                        .isEqualTo(List.of("'start' and 'offset' are mutually exclusive.")));
    }

    @Test
    void returnsOnlyTheRequestedFieldsInTheFullObjectsOrder() {
        var device = simulator.list(Kind.DEVICE, "name=loc1-core&fields=interface_count,site,no_such_field,status,id")
                .get("results").get(0);
        var detail = simulator.objects.get(Kind.DEVICE, device.get("id").asLong(),
                new LinkedMultiValueMap<>(Map.of("fields", List.of("display,id"))), SimulatorFixture.BASE);

        assertThat(fieldNames(device)).containsExactly("id", "site", "status", "interface_count");
        assertThat(device.get("status").get("value").asText()).isEqualTo("planned");
        assertThat(device.get("site").get("slug").asText()).isEqualTo("location-1");
        assertThat(device.get("interface_count").asInt()).isEqualTo(97);
        assertThat(fieldNames(detail)).containsExactly("id", "display");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void findsPrefixesWithinAndByPoolFlag() {
        assertThat(simulator.count(Kind.PREFIX, "within=2001:db8::/32")).isEqualTo(2);
        assertThat(simulator.count(Kind.PREFIX, "within_include=2001:db8::/32")).isEqualTo(3);
        assertThat(simulator.count(Kind.PREFIX, "is_pool=true")).isEqualTo(2);
        assertThat(simulator.count(Kind.PREFIX, "prefix=10.0.0.0/8&prefix=10.0.0.0/24")).isEqualTo(2);
        assertThat(simulator.count(Kind.PREFIX, "description__ic=circuit")).isEqualTo(1);
    }
}
