package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.netboxsim.SimulatorFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** What NetBox 4.6 enforces on VLAN groups, VLANs and an interface's 802.1Q mode, held by the simulator. */
class VlanRulesTest {

    private static final String BASE = SimulatorFixture.BASE;

    private final SimulatorFixture simulator = new SimulatorFixture();
    private final long customers = simulator.list(Kind.VLAN_GROUP, "slug=customer-services")
            .get("results").get(0).get("id").asLong();

    @AfterEach
    void close() {
        simulator.close();
    }

    private JsonNode create(Kind kind, String body) {
        return simulator.objects.create(kind, json(body), BASE);
    }

    private JsonNode patch(Kind kind, long id, String body) {
        return simulator.objects.update(kind, id, json(body), BASE);
    }

    private JsonNode vlan(int vid, String name) {
        return create(Kind.VLAN, "{\"group\": " + customers + ", \"vid\": " + vid + ", \"name\": \"" + name + "\"}");
    }

    private static void refused(Runnable write, Object body) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(NetBoxApiError.class, error -> {
            assertThat(error.status).isEqualTo(400);
            assertThat(error.body).isEqualTo(body);
        });
    }

    @Test
    void keepsAVidAndANameUniqueWithinTheirGroupOnly() {
        vlan(100, "Customer 100");

        refused(() -> vlan(100, "Customer 100"), Map.of("__all__", List.of(
                "VLAN with this Group and VLAN ID already exists.", "VLAN with this Group and Name already exists.")));
        refused(() -> vlan(100, "Other"), Map.of("__all__", List.of("VLAN with this Group and VLAN ID already exists.")));
        assertThat(create(Kind.VLAN, "{\"vid\": 100, \"name\": \"Customer 100\"}").get("group").isNull()).isTrue();
        assertThat(create(Kind.VLAN, "{\"vid\": 100, \"name\": \"Customer 100\"}").get("id").asLong())
                .as("global VLANs are never compared").isPositive();
        long moved = vlan(101, "Customer 101").get("id").asLong();
        refused(() -> patch(Kind.VLAN, moved, "{\"vid\": 100}"),
                Map.of("__all__", List.of("VLAN with this Group and VLAN ID already exists.")));
    }

    @Test
    void keepsAVidInsideItsGroupsRangesAndIn1To4094() {
        refused(() -> vlan(99, "Low"), Map.of("vid", List.of(
                "VID must be in ranges 100-4000 for VLANs in group Customer Services")));
        refused(() -> vlan(0, "Zero"), Map.of("vid", List.of("Ensure this value is greater than or equal to 1.")));
        refused(() -> create(Kind.VLAN, "{\"vid\": 4095, \"name\": \"x\"}"),
                Map.of("vid", List.of("Ensure this value is less than or equal to 4094.")));
        refused(() -> create(Kind.VLAN, "{\"group\": " + customers + "}"),
                Map.of("vid", List.of("This field is required."), "name", List.of("This field is required.")));
        refused(() -> create(Kind.VLAN, "{\"group\": 999, \"vid\": 5, \"name\": \"x\"}"),
                Map.of("group", List.of("Related object not found using the provided numeric ID: 999")));
    }

    @Test
    void checksAGroupsVidRangesAsNetBoxsSerializerAndModelDo() {
        refused(() -> create(Kind.VLAN_GROUP, "{\"name\": \"g\", \"slug\": \"g\", \"vid_ranges\": [[0, 10]]}"),
                Map.of("vid_ranges", List.of("Starting VLAN ID in range (0) cannot be less than 1")));
        refused(() -> create(Kind.VLAN_GROUP, "{\"name\": \"g\", \"slug\": \"g\", \"vid_ranges\": [[10, 5000]]}"),
                Map.of("vid_ranges", List.of("Ending VLAN ID in range (5000) cannot exceed 4094")));
        refused(() -> create(Kind.VLAN_GROUP, "{\"name\": \"g\", \"slug\": \"g\", \"vid_ranges\": [[20, 10]]}"),
                Map.of("vid_ranges", List.of(
                        "Ending VLAN ID in range must be greater than or equal to the starting VLAN ID (20-10)")));
        refused(() -> create(Kind.VLAN_GROUP, "{\"name\": \"g\", \"slug\": \"g\", \"vid_ranges\": [[1, 10], [5, 20]]}"),
                Map.of("vid_ranges", List.of("Ranges cannot overlap.")));
        refused(() -> create(Kind.VLAN_GROUP, "{\"name\": \"g\", \"slug\": \"g\", \"vid_ranges\": [[1, 10], [5]]}"),
                Map.of("vid_ranges", List.of(Map.of(), Map.of("non_field_errors",
                        List.of("Ranges must be specified in the form (lower, upper).")))));

        JsonNode everything = create(Kind.VLAN_GROUP, "{\"name\": \"All\", \"slug\": \"all\"}");
        assertThat(everything.get("vid_ranges").toString()).isEqualTo("[[1,4094]]");
        assertThat(everything.get("total_vlan_ids").asInt()).isEqualTo(4094);
        assertThat(create(Kind.VLAN_GROUP, "{\"name\": \"All\", \"slug\": \"all\"}").get("id").asLong())
                .as("NetBox lets global groups share a slug").isNotEqualTo(everything.get("id").asLong());
    }

    @Test
    void refusesToDeleteAGroupThatStillHasVlans() {
        long vlan = vlan(150, "Customer 150").get("id").asLong();

        assertThatThrownBy(() -> simulator.objects.delete(Kind.VLAN_GROUP, customers))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> {
                    assertThat(error.status).isEqualTo(409);
                    assertThat(error.body).isEqualTo(Map.of("detail", "Unable to delete object. 1 dependent objects "
                            + "were found: Customer 150 (150) (" + vlan + ")"));
                });
    }

    @Test
    void allocatesTheLowestFreeVidsAllOrNothing() {
        vlan(100, "Taken 100");
        vlan(102, "Taken 102");

        JsonNode one = simulator.vlans.allocate(customers, json("{\"name\": \"A\", \"description\": \"[subscription 1]\"}"),
                BASE);
        JsonNode two = simulator.vlans.allocate(customers, json("[{\"name\": \"B\"}, {\"name\": \"C\"}]"), BASE);
        JsonNode free = simulator.vlans.availableVlans(customers, 3, BASE);

        assertThat(one.get("vid").asInt()).isEqualTo(101);
        assertThat(one.get("group").get("id").asLong()).isEqualTo(customers);
        assertThat(one.get("description").asText()).isEqualTo("[subscription 1]");
        assertThat(one.has("prefix_count")).isFalse();
        assertThat(two).extracting(vlan -> vlan.get("vid").asInt()).containsExactly(103, 104);
        assertThat(free).extracting(vlan -> vlan.get("vid").asInt()).containsExactly(105, 106, 107);
        assertThat(free.get(0).get("group").has("vlan_count")).as("nested groups carry no counts").isFalse();
        assertThatThrownBy(() -> simulator.vlans.allocate(customers, json("[{\"name\": \"D\"}, {}]"), BASE))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body)
                        .isEqualTo(List.of(Map.of(), Map.of("name", List.of("This field is required.")))));
        String sameNameTwice = "[{\"name\": \"E\"}, {\"name\": \"E\"}]";
        assertThatThrownBy(() -> simulator.vlans.allocate(customers, json(sameNameTwice), BASE))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body).isEqualTo(List.of(
                        Map.of(), Map.of("__all__", List.of("VLAN with this Group and Name already exists.")))));
        assertThat(simulator.count(Kind.VLAN, "group_id=" + customers)).isEqualTo(5);
    }

    @Test
    void runsOutOfVidsWithNetBoxs409() {
        long small = create(Kind.VLAN_GROUP, "{\"name\": \"Small\", \"slug\": \"small\", \"vid_ranges\": [[10, 11]]}")
                .get("id").asLong();

        simulator.vlans.allocate(small, json("{\"name\": \"ten\"}"), BASE);
        assertThatThrownBy(() -> simulator.vlans.allocate(small, json("[{\"name\": \"a\"}, {\"name\": \"b\"}]"), BASE))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> {
                    assertThat(error.status).isEqualTo(409);
                    assertThat(error.body).isEqualTo(Map.of("detail", NetBoxApiError.INSUFFICIENT_RESOURCES));
                });
        assertThat(simulator.vlans.allocate(small, json("{\"name\": \"eleven\"}"), BASE).get("vid").asInt())
                .isEqualTo(11);
        assertThatThrownBy(() -> simulator.vlans.availableVlans(999, 50, BASE))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body)
                        .isEqualTo(Map.of("detail", "No VLANGroup matches the given query.")));
    }

    @Test
    void setsAndClearsAnInterfacesModeWithItsVlans() {
        long port = simulator.interfaceId("loc1-core", "3/1/1");
        long v100 = vlan(100, "Customer 100").get("id").asLong();
        long v200 = vlan(200, "Customer 200").get("id").asLong();

        JsonNode access = patch(Kind.INTERFACE, port, "{\"mode\": \"access\", \"untagged_vlan\": " + v100
                + ", \"enabled\": true, \"description\": \"ACME\"}");
        assertThat(access.get("mode").toString()).isEqualTo("{\"value\":\"access\",\"label\":\"Access\"}");
        assertThat(access.get("untagged_vlan").get("vid").asInt()).isEqualTo(100);
        assertThat(access.get("enabled").asBoolean()).isTrue();

        refused(() -> patch(Kind.INTERFACE, port, "{\"tagged_vlans\": [" + v200 + "]}"),
                Map.of("tagged_vlans", List.of("Interface mode does not support tagged vlans")));
        JsonNode tagged = patch(Kind.INTERFACE, port, "{\"mode\": \"tagged\", \"untagged_vlan\": null, "
                + "\"tagged_vlans\": [" + v200 + ", " + v100 + ", " + v200 + "]}");
        assertThat(tagged.get("tagged_vlans")).extracting(vlan -> vlan.get("vid").asInt()).containsExactly(100, 200);
        assertThat(tagged.get("untagged_vlan").isNull()).isTrue();
        assertThat(simulator.count(Kind.VLAN, "interface_id=" + port)).isEqualTo(2);
        assertThat(simulator.count(Kind.INTERFACE, "vlan_id=" + v200)).isEqualTo(1);
        assertThat(simulator.count(Kind.INTERFACE, "mode=tagged")).isEqualTo(1);

        refused(() -> patch(Kind.INTERFACE, port, "{\"mode\": null}"),
                Map.of("tagged_vlans", List.of("Interface mode does not support tagged vlans")));
        refused(() -> patch(Kind.INTERFACE, port, "{\"tagged_vlans\": [999, \"x\"]}"), Map.of("tagged_vlans",
                List.of("Invalid pk \"999\" - object does not exist.", "Incorrect type. Expected pk value, received str.")));
        refused(() -> patch(Kind.INTERFACE, port, "{\"mode\": \"trunk\"}"),
                Map.of("mode", List.of("trunk is not a valid choice.")));
        JsonNode routed = patch(Kind.INTERFACE, port, "{\"mode\": null, \"untagged_vlan\": null, \"tagged_vlans\": []}");
        assertThat(routed.get("mode").isNull()).isTrue();
        assertThat(routed.get("tagged_vlans")).isEmpty();
    }

    @Test
    void aDeletedVlanLeavesItsInterfaces() {
        long port = simulator.interfaceId("loc1-core", "3/1/2");
        long v100 = vlan(100, "Customer 100").get("id").asLong();
        patch(Kind.INTERFACE, port, "{\"mode\": \"access\", \"untagged_vlan\": " + v100 + "}");

        simulator.objects.delete(Kind.VLAN, v100);

        JsonNode after = simulator.objects.get(Kind.INTERFACE, port, new LinkedMultiValueMap<>(), BASE);
        assertThat(after.get("untagged_vlan").isNull()).isTrue();
        assertThat(after.get("mode").get("value").asText()).isEqualTo("access");
    }

    @Test
    void findsVlansByGroupVidStatusAndMarker() {
        vlan(100, "Customer 100");
        create(Kind.VLAN, "{\"group\": " + customers + ", \"vid\": 300, \"name\": \"c300\", \"status\": \"reserved\", "
                + "\"description\": \"SAP [subscription 7E57]\"}");

        assertThat(simulator.count(Kind.VLAN, "group_id=" + customers + "&vid=300")).isEqualTo(1);
        assertThat(simulator.count(Kind.VLAN, "status=reserved")).isEqualTo(1);
        assertThat(simulator.count(Kind.VLAN, "description__ic=7e57")).isEqualTo(1);
        assertThat(simulator.count(Kind.VLAN, "q=100")).isEqualTo(1);
        assertThat(simulator.count(Kind.VLAN_GROUP, "contains_vid=4000")).isEqualTo(1);
        assertThatThrownBy(() -> simulator.list(Kind.VLAN, "group_id=999"))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body).isEqualTo(Map.of(
                        "group_id", List.of("Select a valid choice. 999 is not one of the available choices."))));
        assertThatThrownBy(() -> simulator.list(Kind.VLAN, "interface_id=999999"))
                .isInstanceOfSatisfying(NetBoxApiError.class, error -> assertThat(error.body).isEqualTo(Map.of(
                        "interface_id", List.of("Select a valid choice. That choice is not one of the available choices."))));
    }
}
