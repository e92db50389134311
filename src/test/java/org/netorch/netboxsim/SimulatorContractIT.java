package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The simulator over real HTTP, held against what the fixtures show for a real NetBox 4.x. */
class SimulatorContractIT extends AppIntegrationTest {

    private static final String TOKEN = "Token " + SimulatorProperties.DEMO_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of(System.getProperty("shared.dir", "../shared"), "netbox-fixtures");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SimulatorState state;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    SimulatorJournal journal;

    record Answer(int status, JsonNode body, String text, HttpResponse<String> raw) {
    }

    @BeforeEach
    void cleanTopology() {
        state.reset();
        faults.clear();
        journal.clear();
    }

    // --- protocol -------------------------------------------------------------------------------------------------

    @Test
    void reportsItsVersionWithTheHeadersEveryAnswerCarries() throws Exception {
        Answer status = get("/api/status/");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("netbox-version").asText()).isEqualTo("4.6.8");
        assertThat(status.raw().headers().firstValue("API-Version")).hasValue("4.6");
        assertThat(status.raw().headers().firstValue("X-Request-ID")).get().asString().hasSize(36);
        assertThat(status.raw().headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    }

    @Test
    void refusesRequestsWithoutAValidTokenLikeNetBox() throws Exception {
        Answer anonymous = send("GET", "/api/dcim/devices/", null, null);
        Answer wrongToken = send("GET", "/api/dcim/devices/", "Token 0000000000000000000000000000000000000000", null);
        Answer bearerWithV1 = send("GET", "/api/dcim/devices/", "Bearer " + SimulatorProperties.DEMO_TOKEN, null);
        Answer v2 = send("GET", "/api/dcim/devices/",
                "Bearer nbt_demodemodemo." + SimulatorProperties.DEMO_TOKEN, null);

        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.body()).isEqualTo(fixture("netbox-docs-v4.6.8/error-403-authentication-credentials-not-provided.json"));
        assertThat(anonymous.raw().headers().firstValue("API-Version")).hasValue("4.6");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(wrongToken.body().get("detail").asText()).isEqualTo("Invalid v1 token");
        assertThat(bearerWithV1.body().get("detail").asText()).contains("Did you mean to use 'Token' instead of 'Bearer'?");
        assertThat(v2.status()).isEqualTo(200);
    }

    @Test
    void requiresTheTrailingSlash() throws Exception {
        Answer getWithoutSlash = get("/api/dcim/devices?status=planned");
        Answer postWithoutSlash = post("/api/ipam/prefixes", "{\"prefix\": \"192.0.2.0/24\"}");

        assertThat(getWithoutSlash.status()).isEqualTo(301);
        assertThat(getWithoutSlash.raw().headers().firstValue("Location")).get().asString()
                .endsWith("/netbox/api/dcim/devices/?status=planned");
        assertThat(postWithoutSlash.status()).isEqualTo(404);
        assertThat(get("/api/ipam/prefixes/?prefix=192.0.2.0/24").body().get("count").asInt()).isZero();
    }

    @Test
    void answersUnknownThingsWithNetBoxs404Bodies() throws Exception {
        assertThat(get("/api/dcim/devices/9999/").body().toString())
                .isEqualTo("{\"detail\":\"No Device matches the given query.\"}");
        assertThat(get("/api/ipam/ip-addresses/9999/").body().get("detail").asText())
                .isEqualTo("No IPAddress matches the given query.");
        Answer unknownPath = get("/api/dcim/racks-of-cheese/");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.body().toString()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        Answer answer = send("PATCH", "/api/dcim/devices/1/", TOKEN, "{\"status\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("detail").asText()).startsWith("JSON parse error");
    }

    // --- shapes ---------------------------------------------------------------------------------------------------

    @Test
    void rendersDevicesWithTheFieldsOfARealNetBoxDevicePlusOwner() throws Exception {
        JsonNode realDevice = fixture("elastic-integrations-netbox-4.3.5/dcim-devices-list-limit2-offset2.json")
                .get("results").get(0);
        JsonNode device = get("/api/dcim/devices/?name=loc1-core").body().get("results").get(0);

        assertThat(keys(device)).isEqualTo(plus(keys(realDevice), "owner"));
        assertThat(fieldNames(device).subList(0, 4)).containsExactly("id", "url", "display_url", "display");
        assertThat(device.get("status").toString()).isEqualTo("{\"value\":\"planned\",\"label\":\"Planned\"}");
        assertThat(device.get("url").asText()).isEqualTo(base() + "/api/dcim/devices/" + device.get("id") + "/");
        assertThat(device.get("display_url").asText()).isEqualTo(base() + "/dcim/devices/" + device.get("id") + "/");
        assertThat(device.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(device.get("primary_ip4").get("address").asText()).isEqualTo("10.0.0.1/32");
        assertThat(device.get("primary_ip6").get("address").asText()).isEqualTo("2001:db8::1/128");
        assertThat(device.get("interface_count").asInt()).isEqualTo(97);
        assertThat(device.get("tenant").isNull()).isTrue();
        assertThat(device.get("serial").asText()).isEmpty();

        JsonNode brief = get("/api/dcim/devices/" + device.get("id") + "/?brief=true").body();
        assertThat(fieldNames(brief)).containsExactly("id", "url", "display", "name", "description");
    }

    @Test
    void rendersIpAddressesWithTheFieldsOfARealNetBoxAddressPlusOwner() throws Exception {
        JsonNode realIp = fixture("elastic-integrations-netbox-4.3.5/ipam-ip-addresses-list-limit1-offset1.json")
                .get("results").get(0);
        JsonNode ip = get("/api/ipam/ip-addresses/?address=10.0.0.1/32").body().get("results").get(0);

        assertThat(keys(ip)).isEqualTo(plus(keys(realIp), "owner"));
        assertThat(ip.get("family").toString()).isEqualTo("{\"value\":4,\"label\":\"IPv4\"}");
        assertThat(ip.get("role").get("value").asText()).isEqualTo("loopback");
        assertThat(ip.get("dns_name").asText()).isEqualTo("loc1-core.igp.orch.example.com");
        assertThat(ip.get("assigned_object_type").asText()).isEqualTo("dcim.interface");
        assertThat(keys(ip.get("assigned_object"))).isEqualTo(keys(realIp.get("assigned_object")));
        assertThat(ip.get("assigned_object").get("name").asText()).isEqualTo("loopback0");
    }

    @Test
    void rendersPrefixesFullAndBriefAsTheDocumentationDoes() throws Exception {
        JsonNode documentedFull = fixture("netbox-docs-v4.6.8/ipam-prefixes-get-13980-full.json");
        JsonNode documentedBrief = fixture("netbox-docs-v4.6.8/ipam-prefixes-get-13980-brief.json");
        JsonNode pool = get("/api/ipam/prefixes/?prefix=2001:db8:10::/44").body().get("results").get(0);
        JsonNode brief = get("/api/ipam/prefixes/" + pool.get("id") + "/?brief=1").body();

        assertThat(keys(pool)).isEqualTo(plus(keys(documentedFull), "owner"));
        assertThat(fieldNames(brief)).isEqualTo(fieldNames(documentedBrief));
        assertThat(pool.get("description").asText()).isEqualTo("Circuit Address Pool");
        assertThat(pool.get("_depth").asInt()).isEqualTo(1);
        assertThat(get("/api/ipam/prefixes/").body().get("results")).map(p -> p.get("prefix").asText())
                .containsExactly("10.0.0.0/8", "10.0.0.0/24", "2001:db8::/32", "2001:db8::/44", "2001:db8:10::/44");
    }

    @Test
    void rendersOnlyTheRequestedFieldsAsTheDocumentationDoes() throws Exception {
        JsonNode documented = fixture("netbox-docs-v4.6.8/dcim-sites-list-item-fields-id-name-status-region.json");
        JsonNode firstPage = get("/api/dcim/sites/?fields=id,name,status,region&limit=2").body();
        JsonNode secondPage = getUrl(firstPage.get("next").asText()).body();
        JsonNode device = get("/api/dcim/devices/?name=loc1-core").body().get("results").get(0);
        JsonNode detail = get("/api/dcim/devices/" + device.get("id") + "/?fields=id,name,site").body();

        assertThat(firstPage.get("results")).hasSize(2).allSatisfy(site ->
                assertThat(fieldNames(site)).isEqualTo(fieldNames(documented)));
        assertThat(firstPage.get("results").get(0).get("status").toString())
                .isEqualTo("{\"value\":\"active\",\"label\":\"Active\"}");
        assertThat(secondPage.get("results")).isNotEmpty().allSatisfy(site ->
                assertThat(fieldNames(site)).isEqualTo(fieldNames(documented)));
        assertThat(fieldNames(detail)).containsExactly("id", "name", "site");
        assertThat(detail.get("site")).isEqualTo(device.get("site"));
    }

    @Test
    void pagesListsWithAbsoluteLinks() throws Exception {
        JsonNode first = get("/api/dcim/interfaces/?limit=10").body();
        JsonNode second = getUrl(first.get("next").asText()).body();
        JsonNode pastTheEnd = get("/api/dcim/interfaces/?offset=5000").body();
        JsonNode clamped = get("/api/dcim/interfaces/?limit=5000").body();
        JsonNode byDefault = get("/api/dcim/interfaces/").body();

        assertThat(first.get("count").asInt()).isEqualTo(5 * 97);
        assertThat(fieldNames(first)).containsExactly("count", "next", "previous", "results");
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asText()).startsWith("http://localhost:" + port + "/netbox/api/dcim/interfaces/?")
                .contains("limit=10").contains("offset=10");
        assertThat(second.get("results").get(0).get("id")).isNotEqualTo(first.get("results").get(0).get("id"));
        assertThat(second.get("previous").asText()).contains("limit=10").doesNotContain("offset");
        assertThat(pastTheEnd.get("results")).isEmpty();
        assertThat(pastTheEnd.get("count").asInt()).isEqualTo(485);
        assertThat(clamped.get("results")).hasSize(485);
        assertThat(byDefault.get("results")).hasSize(50);
        assertThat(first.get("results")).map(i -> i.get("name").asText())
                .startsWith("1/1/c1/1", "1/1/c2/1", "1/1/c3/1");
    }

    @Test
    void linksCarryTheRequestsQueryEncodedOnceAsNetBoxDoes() throws Exception {
        String devices = base() + "/api/dcim/devices/";
        JsonNode first = get("/api/dcim/devices/?status=planned&fields=id%2Cname%2Csite&limit=2").body();
        JsonNode second = getUrl(first.get("next").asText()).body();
        JsonNode third = getUrl(second.get("next").asText()).body();

        assertThat(first.get("next").asText())
                .isEqualTo(devices + "?fields=id%2Cname%2Csite&limit=2&offset=2&status=planned");
        assertThat(second.get("previous").asText()).isEqualTo(devices + "?fields=id%2Cname%2Csite&limit=2&status=planned");
        assertThat(third.get("previous").asText())
                .isEqualTo(devices + "?fields=id%2Cname%2Csite&limit=2&offset=2&status=planned");
        assertThat(third.get("next").isNull()).isTrue();
        for (JsonNode page : List.of(first, second, third)) {
            assertThat(page.get("results")).isNotEmpty().allSatisfy(device ->
                    assertThat(fieldNames(device)).containsExactly("id", "name", "site"));
        }
        assertThat(get("/api/dcim/devices/?start=1&limit=2&fields=id&offset=0").status()).isEqualTo(400);
        assertThat(get("/api/dcim/devices/?start=1&limit=2&fields=id,name").body().get("next").asText())
                .isEqualTo(devices + "?fields=id%2Cname&limit=2&start=" + (deviceId("loc2-core") + 1));
    }

    // --- filters --------------------------------------------------------------------------------------------------

    @Test
    void filtersDevicesAndRefusesUnknownChoicesAndSlugs() throws Exception {
        assertThat(get("/api/dcim/devices/?status=planned&role=core-router").body().get("count").asInt()).isEqualTo(5);
        assertThat(get("/api/dcim/devices/?name=LOC2-CORE&name=loc3-core").body().get("count").asInt()).isEqualTo(2);
        assertThat(get("/api/dcim/devices/?site=location-4").body().get("results").get(0).get("name").asText())
                .isEqualTo("loc4-core");

        Answer bogusStatus = get("/api/dcim/devices/?status=bogus");
        Answer unknownSite = get("/api/dcim/devices/?site=nowhere");
        assertThat(bogusStatus.status()).isEqualTo(400);
        assertThat(bogusStatus.body().toString())
                .isEqualTo("{\"status\":[\"Select a valid choice. bogus is not one of the available choices.\"]}");
        assertThat(unknownSite.status()).isEqualTo(400);
        assertThat(unknownSite.body().get("site").get(0).asText()).contains("nowhere");
    }

    @Test
    void findsTheFreePortsOfARouterBySpeed() throws Exception {
        long loc1 = deviceId("loc1-core");
        String freeFast = "/api/dcim/interfaces/?speed=400000000&occupied=false&device_id=" + loc1;
        assertThat(get(freeFast).body().get("count").asInt()).isEqualTo(36);

        cable(port("loc1-core", "1/1/c1/1"), port("loc2-core", "1/1/c1/1"));
        patch("/api/dcim/interfaces/" + port("loc1-core", "1/1/c2/1") + "/", "{\"mark_connected\": true}");

        assertThat(get(freeFast).body().get("count").asInt()).isEqualTo(34);
        assertThat(get("/api/dcim/interfaces/?cabled=true").body().get("count").asInt()).isEqualTo(2);
        assertThat(get("/api/dcim/interfaces/?kind=virtual&device_id=" + loc1).body().get("results").get(0)
                .get("name").asText()).isEqualTo("loopback0");
    }

    // --- writes ---------------------------------------------------------------------------------------------------

    @Test
    void activatesADevice() throws Exception {
        long loc1 = deviceId("loc1-core");

        Answer patched = patch("/api/dcim/devices/" + loc1 + "/", "{\"status\": \"active\"}");
        Answer invalid = patch("/api/dcim/devices/" + loc1 + "/", "{\"status\": \"sleeping\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("status").get("value").asText()).isEqualTo("active");
        assertThat(get("/api/dcim/devices/?status=active").body().get("count").asInt()).isEqualTo(1);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().toString()).isEqualTo("{\"status\":[\"sleeping is not a valid choice.\"]}");
    }

    @Test
    void refusesAWriteBasedOnAStaleVersion() throws Exception {
        String device = "/api/dcim/devices/" + deviceId("loc1-core") + "/";
        String seen = get(device).raw().headers().firstValue("ETag").orElseThrow();
        patch(device, "{\"description\": \"changed by someone else\"}");

        HttpResponse<String> stale = http.send(request("PATCH", device, TOKEN, "{\"status\": \"active\"}")
                .header("If-Match", seen).build(), HttpResponse.BodyHandlers.ofString());
        String current = get(device).raw().headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> fresh = http.send(request("PATCH", device, TOKEN, "{\"status\": \"active\"}")
                .header("If-Match", current).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(seen).startsWith("W/\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).isEqualTo("{\"detail\":\"Precondition failed.\"}");
        assertThat(stale.headers().firstValue("ETag")).hasValue(current);
        assertThat(fresh.statusCode()).isEqualTo(200);
    }

    @Test
    void cablesTwoPortsAndShowsTheCableOnBoth() throws Exception {
        long a = port("loc1-core", "1/1/c1/1");
        long b = port("loc2-core", "1/1/c1/1");

        Answer created = post("/api/dcim/cables/", cableBody(a, b, "planned"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode cable = created.body();
        assertThat(cable.get("status").get("value").asText()).isEqualTo("planned");
        assertThat(cable.get("a_terminations").get(0).get("object_id").asLong()).isEqualTo(a);
        assertThat(cable.get("b_terminations").get(0).get("object").get("device").get("name").asText())
                .isEqualTo("loc2-core");
        JsonNode aSide = get("/api/dcim/interfaces/" + a + "/").body();
        assertThat(aSide.get("cable").get("id")).isEqualTo(cable.get("id"));
        assertThat(aSide.get("cable_end").asText()).isEqualTo("A");
        assertThat(aSide.get("_occupied").asBoolean()).isTrue();
        assertThat(aSide.get("link_peers_type").asText()).isEqualTo("dcim.interface");
        assertThat(aSide.get("link_peers").get(0).get("id").asLong()).isEqualTo(b);
        assertThat(get("/api/dcim/interfaces/" + b + "/").body().get("cable_end").asText()).isEqualTo("B");
        assertThat(get("/api/dcim/cables/?interface_id=" + b).body().get("count").asInt()).isEqualTo(1);

        Answer connected = patch("/api/dcim/cables/" + cable.get("id") + "/",
                "{\"status\": \"connected\", \"label\": \"c1\"}");
        assertThat(connected.body().get("status").get("value").asText()).isEqualTo("connected");
        assertThat(connected.body().get("display").asText()).isEqualTo("c1");

        assertThat(delete("/api/dcim/cables/" + cable.get("id") + "/").status()).isEqualTo(204);
        JsonNode freed = get("/api/dcim/interfaces/" + a + "/").body();
        assertThat(freed.get("cable").isNull()).isTrue();
        assertThat(freed.get("_occupied").asBoolean()).isFalse();
    }

    @Test
    void connectsANewCableByDefault() throws Exception {
        JsonNode cable = post("/api/dcim/cables/", "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", "
                + "\"object_id\": " + port("loc1-core", "2/1/c1/1") + "}], \"b_terminations\": [{\"object_type\": "
                + "\"dcim.interface\", \"object_id\": " + port("loc3-core", "2/1/c1/1") + "}]}").body();

        assertThat(cable.get("status").toString()).isEqualTo("{\"value\":\"connected\",\"label\":\"Connected\"}");
    }

    @Test
    void refusesCablesNetBoxWouldRefuse() throws Exception {
        long a = port("loc1-core", "1/1/c1/1");
        long b = port("loc2-core", "1/1/c1/1");
        long c = port("loc3-core", "1/1/c1/1");
        long loopback = port("loc3-core", "loopback0");
        long cableId = cable(a, b);
        long marked = port("loc4-core", "1/1/c1/1");
        patch("/api/dcim/interfaces/" + marked + "/", "{\"mark_connected\": true}");

        assertThat(post("/api/dcim/cables/", cableBody(c, a, "planned")).body().toString())
                .isEqualTo("{\"__all__\":[\"Duplicate termination found for dcim.interface " + a + ": cable "
                        + cableId + "\"]}");
        assertThat(post("/api/dcim/cables/", cableBody(c, loopback, "planned")).body().get("__all__").get(0).asText())
                .isEqualTo("Cables cannot be terminated to Virtual interfaces");
        assertThat(post("/api/dcim/cables/", cableBody(c, c, "planned")).body().get("__all__").get(0).asText())
                .isEqualTo("A and B terminations cannot connect to the same object.");
        assertThat(post("/api/dcim/cables/", cableBody(c, marked, "planned")).body().get("__all__").get(0).asText())
                .isEqualTo("Cannot connect a cable to loc4-core > 1/1/c1/1 because it is marked as connected.");
        Answer oneEnd = post("/api/dcim/cables/", "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", "
                + "\"object_id\": " + c + "}]}");
        assertThat(oneEnd.status()).isEqualTo(400);
        assertThat(oneEnd.body().get("__all__").get(0).asText())
                .isEqualTo("Must define A and B terminations when creating a new cable.");
        assertThat(get("/api/dcim/cables/").body().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void keepsIpAddressesUniqueInTheGlobalTable() throws Exception {
        Answer duplicate = post("/api/ipam/ip-addresses/", "{\"address\": \"10.0.0.1/24\"}");
        Answer fresh = post("/api/ipam/ip-addresses/", "{\"address\": \"192.0.2.10/24\", \"description\": "
                + "\"spare [subscription 42]\", \"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": "
                + port("loc1-core", "1/1/c5/1") + "}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().toString())
                .isEqualTo("{\"address\":[\"Duplicate IP address found in global table: 10.0.0.1/32\"]}");
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(get("/api/ipam/ip-addresses/?description__ic=SUBSCRIPTION%2042").body().get("count").asInt())
                .isEqualTo(1);
        assertThat(get("/api/ipam/ip-addresses/?parent=192.0.2.0/24").body().get("count").asInt()).isEqualTo(1);
        assertThat(delete("/api/ipam/ip-addresses/" + fresh.body().get("id") + "/").status()).isEqualTo(204);
        assertThat(get("/api/ipam/ip-addresses/?parent=192.0.2.0/24").body().get("count").asInt()).isZero();
    }

    @Test
    void deletesAsNetBox4Does() throws Exception {
        JsonNode prefix = post("/api/ipam/prefixes/", "{\"prefix\": \"2001:db8:99::/127\"}").body();
        JsonNode inside = post("/api/ipam/ip-addresses/", "{\"address\": \"2001:db8:99::1/127\"}").body();
        long a = port("loc1-core", "1/1/c7/1");
        long b = port("loc2-core", "1/1/c7/1");
        long cable = cable(a, b);

        Answer deleted = delete("/api/ipam/prefixes/" + prefix.get("id") + "/");
        Answer again = delete("/api/ipam/prefixes/" + prefix.get("id") + "/");
        Answer cableDeleted = delete("/api/dcim/cables/" + cable + "/");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().get("detail").asText()).isEqualTo("No Prefix matches the given query.");
        assertThat(get("/api/ipam/ip-addresses/" + inside.get("id") + "/").status())
                .as("a prefix's addresses outlive it").isEqualTo(200);
        assertThat(cableDeleted.status()).isEqualTo(204);
        for (long end : new long[] {a, b}) {
            JsonNode freed = get("/api/dcim/interfaces/" + end + "/").body();
            assertThat(freed.get("cable").isNull()).isTrue();
            assertThat(freed.get("cable_end").isNull() || freed.get("cable_end").asText().isEmpty()).isTrue();
            assertThat(freed.get("link_peers")).isEmpty();
        }
        assertThat(delete("/api/dcim/cables/" + cable + "/").body().get("detail").asText())
                .isEqualTo("No Cable matches the given query.");
    }

    @Test
    void refusesToDeleteWhatIsStillReferenced() throws Exception {
        long site = get("/api/dcim/sites/?slug=location-1").body().get("results").get(0).get("id").asLong();

        Answer refused = delete("/api/dcim/sites/" + site + "/");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText())
                .isEqualTo("Unable to delete object. 1 dependent objects were found: loc1-core ("
                        + deviceId("loc1-core") + ")");
    }

    @Test
    void createsTheCatalogueASeedingCommandNeeds() throws Exception {
        Answer site = post("/api/dcim/sites/", "{\"name\": \"Location 6\", \"slug\": \"location-6\"}");
        Answer sameAgain = post("/api/dcim/sites/", "{\"name\": \"Location 6\", \"slug\": \"location-6\"}");
        long nokia = get("/api/dcim/manufacturers/?slug=nokia").body().get("results").get(0).get("id").asLong();
        Answer type = post("/api/dcim/device-types/", "{\"manufacturer\": " + nokia
                + ", \"model\": \"7750 SR-1\", \"slug\": \"7750-sr-1\"}");
        Answer device = post("/api/dcim/devices/", "{\"name\": \"loc6-core\", \"device_type\": " + type.body().get("id")
                + ", \"role\": {\"slug\": \"core-router\"}, \"site\": " + site.body().get("id") + "}");
        Answer iface = post("/api/dcim/interfaces/", "{\"device\": " + device.body().get("id")
                + ", \"name\": \"1/1/c1/1\", \"type\": \"400gbase-x-qsfpdd\", \"speed\": 400000000}");

        assertThat(site.status()).isEqualTo(201);
        assertThat(sameAgain.status()).isEqualTo(400);
        assertThat(sameAgain.body().get("slug").get(0).asText()).isEqualTo("site with this slug already exists.");
        assertThat(device.status()).isEqualTo(201);
        assertThat(device.body().get("status").get("value").asText()).isEqualTo("active");
        assertThat(device.body().get("role").get("slug").asText()).isEqualTo("core-router");
        assertThat(iface.status()).isEqualTo(201);
        assertThat(get("/api/dcim/interfaces/?device=loc6-core").body().get("count").asInt()).isEqualTo(1);
    }

    // --- allocation -----------------------------------------------------------------------------------------------

    @Test
    void allocatesACircuitsPrefixesAndAddresses() throws Exception {
        long pool = get("/api/ipam/prefixes/?prefix=2001:db8:10::/44").body().get("results").get(0).get("id").asLong();

        Answer slash64 = post("/api/ipam/prefixes/" + pool + "/available-prefixes/",
                "{\"prefix_length\": 64, \"description\": \"circuit [subscription 1]\", \"is_pool\": true}");
        assertThat(slash64.status()).isEqualTo(201);
        assertThat(slash64.body().get("prefix").asText()).isEqualTo("2001:db8:10::/64");
        assertThat(slash64.body().get("is_pool").asBoolean()).isTrue();

        long link = slash64.body().get("id").asLong();
        Answer slash127 = post("/api/ipam/prefixes/" + link + "/available-prefixes/", "[{\"prefix_length\": 127}]");
        assertThat(slash127.body().isArray()).isTrue();
        assertThat(slash127.body().get(0).get("prefix").asText()).isEqualTo("2001:db8:10::/127");

        long p2p = slash127.body().get(0).get("id").asLong();
        JsonNode offered = get("/api/ipam/prefixes/" + p2p + "/available-ips/").body();
        assertThat(offered.toString()).isEqualTo("[{\"family\":6,\"address\":\"2001:db8:10::/127\",\"vrf\":null},"
                + "{\"family\":6,\"address\":\"2001:db8:10::1/127\",\"vrf\":null}]");

        Answer aSide = post("/api/ipam/prefixes/" + p2p + "/available-ips/", "{\"assigned_object_type\": "
                + "\"dcim.interface\", \"assigned_object_id\": " + port("loc1-core", "1/1/c1/1")
                + ", \"description\": \"A\", \"status\": \"active\"}");
        Answer bSide = post("/api/ipam/prefixes/" + p2p + "/available-ips/", "[{\"description\": \"B\"}]");
        Answer exhausted = post("/api/ipam/prefixes/" + p2p + "/available-ips/", "{}");

        assertThat(aSide.status()).isEqualTo(201);
        assertThat(aSide.body().get("address").asText()).isEqualTo("2001:db8:10::/127");
        assertThat(aSide.body().get("assigned_object").get("name").asText()).isEqualTo("1/1/c1/1");
        assertThat(bSide.body().get(0).get("address").asText()).isEqualTo("2001:db8:10::1/127");
        assertThat(exhausted.status()).isEqualTo(409);
        assertThat(exhausted.body().toString())
                .isEqualTo("{\"detail\":\"Insufficient resources are available to satisfy the request\"}");
        assertThat(post("/api/ipam/prefixes/" + pool + "/available-prefixes/", "{\"prefix_length\": 64}")
                .body().get("prefix").asText()).isEqualTo("2001:db8:10:1::/64");
        JsonNode freeBlocks = get("/api/ipam/prefixes/" + link + "/available-prefixes/").body();
        assertThat(freeBlocks.get(0).toString()).isEqualTo("{\"family\":6,\"prefix\":\"2001:db8:10::2/127\",\"vrf\":null}");
    }

    @Test
    void refusesAllocationsItCannotSatisfy() throws Exception {
        long mgmt = get("/api/ipam/prefixes/?prefix=10.0.0.0/24").body().get("results").get(0).get("id").asLong();

        Answer textLength = post("/api/ipam/prefixes/" + mgmt + "/available-prefixes/", "{\"prefix_length\": \"31\"}");
        Answer tooBig = post("/api/ipam/prefixes/" + mgmt + "/available-prefixes/", "{\"prefix_length\": 16}");
        Answer all = post("/api/ipam/prefixes/" + mgmt + "/available-prefixes/",
                "[{\"prefix_length\": 25}, {\"prefix_length\": 25}, {\"prefix_length\": 25}]");

        assertThat(textLength.status()).isEqualTo(400);
        assertThat(textLength.body().toString()).isEqualTo("[{\"prefix_length\":[\"this field must be int type\"]}]");
        assertThat(tooBig.status()).isEqualTo(409);
        assertThat(all.status()).isEqualTo(409);
        assertThat(get("/api/ipam/prefixes/?within=10.0.0.0/24").body().get("count").asInt()).isZero();
    }

    // --- VLANs and L2VPNs, held against bodies written from NetBox 4.6.8's serializers (test resources' README) ---

    @Test
    void rendersVlanGroupsFullBriefAndTheirFreeVidsAsNetBoxDoes() throws Exception {
        JsonNode group = get("/api/ipam/vlan-groups/?slug=customer-services").body().get("results").get(0);
        long id = group.get("id").asLong();
        JsonNode brief = get("/api/ipam/vlan-groups/" + id + "/?brief=true").body();
        JsonNode free = get("/api/ipam/vlan-groups/" + id + "/available-vlans/?limit=3").body();
        JsonNode documentedFree = ownFixture("ipam-vlan-groups-4-available-vlans-get-limit3.json");

        assertThat(fieldNames(group)).isEqualTo(fieldNames(ownFixture("ipam-vlan-groups-get-4.json")));
        assertThat(fieldNames(brief)).isEqualTo(fieldNames(ownFixture("ipam-vlan-groups-get-4-brief.json")));
        assertThat(group.get("vid_ranges").toString()).isEqualTo("[[100,4000]]");
        assertThat(group.get("total_vlan_ids").asInt()).isEqualTo(3901);
        assertThat(group.get("utilization").asText()).isEqualTo("0.00");
        assertThat(group.get("display_url").asText()).isEqualTo(base() + "/ipam/vlan-groups/" + id + "/");
        assertThat(free).extracting(vlan -> vlan.get("vid").asInt()).containsExactly(100, 101, 102);
        assertThat(fieldNames(free.get(0))).isEqualTo(fieldNames(documentedFree.get(0)));
        assertThat(fieldNames(free.get(0).get("group"))).isEqualTo(fieldNames(documentedFree.get(0).get("group")));
        assertThat(get("/api/ipam/vlan-groups/" + id + "/available-vlans/").body()).hasSize(50);
    }

    @Test
    void allocatesVlansAndRendersThemAsNetBoxDoes() throws Exception {
        long group = vlanGroupId();

        Answer allocated = post("/api/ipam/vlan-groups/" + group + "/available-vlans/",
                "{\"name\": \"L2VPN 7e57\", \"description\": \"SAP [subscription 7e57]\"}");
        Answer exhausted = post("/api/ipam/vlan-groups/" + group + "/available-vlans/", "[" + "{\"name\": \"x\"},".repeat(3900)
                + "{\"name\": \"y\"}]");
        Answer nameless = post("/api/ipam/vlan-groups/" + group + "/available-vlans/", "{\"description\": \"x\"}");
        long vlan = allocated.body().get("id").asLong();
        JsonNode read = get("/api/ipam/vlans/" + vlan + "/").body();
        JsonNode brief = get("/api/ipam/vlans/" + vlan + "/?brief=1").body();

        assertThat(allocated.status()).isEqualTo(201);
        assertThat(fieldNames(allocated.body()))
                .isEqualTo(fieldNames(ownFixture("ipam-vlan-groups-4-available-vlans-post-201.json")));
        assertThat(allocated.body().get("vid").asInt()).isEqualTo(100);
        assertThat(allocated.body().get("display").asText()).isEqualTo("L2VPN 7e57 (100)");
        assertThat(exhausted.status()).isEqualTo(409);
        assertThat(exhausted.body().get("detail").asText()).isEqualTo(NetBoxApiError.INSUFFICIENT_RESOURCES);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body().toString()).isEqualTo("[{\"name\":[\"This field is required.\"]}]");
        assertThat(fieldNames(read)).isEqualTo(fieldNames(ownFixture("ipam-vlans-get-17.json")));
        assertThat(fieldNames(read.get("group"))).isEqualTo(fieldNames(ownFixture("ipam-vlans-get-17.json").get("group")));
        assertThat(fieldNames(brief)).isEqualTo(fieldNames(ownFixture("ipam-vlans-get-17-brief.json")));
        assertThat(get("/api/ipam/vlan-groups/" + group + "/").body().get("vlan_count").asInt()).isEqualTo(1);
        assertThat(get("/api/ipam/vlans/?group_id=" + group + "&description__ic=7E57&fields=id,vid").body()
                .get("results").toString()).isEqualTo("[{\"id\":" + vlan + ",\"vid\":100}]");
    }

    @Test
    void keepsVidsUniqueInAGroupAndAnswersNetBoxsErrors() throws Exception {
        long group = vlanGroupId();
        post("/api/ipam/vlans/", "{\"group\": " + group + ", \"vid\": 200, \"name\": \"c200\"}");

        Answer twice = post("/api/ipam/vlans/", "{\"group\": " + group + ", \"vid\": 200, \"name\": \"other\"}");
        Answer outside = post("/api/ipam/vlans/", "{\"group\": " + group + ", \"vid\": 50, \"name\": \"low\"}");

        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body().toString())
                .isEqualTo("{\"__all__\":[\"VLAN with this Group and VLAN ID already exists.\"]}");
        assertThat(outside.body().toString()).isEqualTo(
                "{\"vid\":[\"VID must be in ranges 100-4000 for VLANs in group Customer Services\"]}");
        assertThat(get("/api/ipam/vlans/99999/").body().toString())
                .isEqualTo("{\"detail\":\"No VLAN matches the given query.\"}");
        assertThat(get("/api/ipam/vlan-groups/99999/available-vlans/").body().get("detail").asText())
                .isEqualTo("No VLANGroup matches the given query.");
        assertThat(delete("/api/vpn/l2vpns/99999/").body().get("detail").asText())
                .isEqualTo("No L2VPN matches the given query.");
        assertThat(patch("/api/vpn/l2vpn-terminations/99999/", "{}").body().get("detail").asText())
                .isEqualTo("No L2VPNTermination matches the given query.");
        assertThat(delete("/api/ipam/vlan-groups/" + group + "/").status()).isEqualTo(409);
    }

    @Test
    void rendersAnInterfacesVlanModeAsNetBoxDoes() throws Exception {
        long group = vlanGroupId();
        long vlan = post("/api/ipam/vlans/", "{\"group\": " + group + ", \"vid\": 101, \"name\": \"Customer 101\"}")
                .body().get("id").asLong();
        long port = port("loc2-core", "3/1/4");

        Answer tagged = patch("/api/dcim/interfaces/" + port + "/", "{\"mode\": \"tagged\", \"tagged_vlans\": ["
                + vlan + "], \"enabled\": true, \"mtu\": 9212, \"description\": \"Port of ACME\"}");
        Answer routedWithVlans = patch("/api/dcim/interfaces/" + port + "/", "{\"mode\": \"\"}");
        JsonNode documented = ownFixture("dcim-interfaces-get-212-tagged.json");

        assertThat(tagged.status()).isEqualTo(200);
        assertThat(fieldNames(tagged.body())).isEqualTo(fieldNames(documented));
        assertThat(tagged.body().get("mode")).isEqualTo(documented.get("mode"));
        assertThat(fieldNames(tagged.body().get("tagged_vlans").get(0)))
                .isEqualTo(fieldNames(documented.get("tagged_vlans").get(0)));
        assertThat(tagged.body().get("type")).isEqualTo(documented.get("type"));
        assertThat(tagged.body().get("mtu").asInt()).isEqualTo(9212);
        assertThat(routedWithVlans.status()).isEqualTo(400);
        assertThat(routedWithVlans.body().toString())
                .isEqualTo("{\"tagged_vlans\":[\"Interface mode does not support tagged vlans\"]}");
        assertThat(get("/api/dcim/interfaces/?vlan_id=" + vlan).body().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void rendersL2vpnsAndTheirTerminationsAsNetBoxDoes() throws Exception {
        long group = vlanGroupId();
        long vlan = post("/api/ipam/vlans/", "{\"group\": " + group + ", \"vid\": 101, \"name\": \"Customer 101\"}")
                .body().get("id").asLong();
        Answer l2vpn = post("/api/vpn/l2vpns/", "{\"name\": \"acme-vpls\", \"slug\": \"acme-vpls\", "
                + "\"type\": \"vpls\", \"identifier\": 10042, \"description\": \"[subscription 5f0c]\"}");
        long l2vpnId = l2vpn.body().get("id").asLong();
        Answer termination = post("/api/vpn/l2vpn-terminations/", "{\"l2vpn\": " + l2vpnId
                + ", \"assigned_object_type\": \"ipam.vlan\", \"assigned_object_id\": " + vlan + "}");
        Answer again = post("/api/vpn/l2vpn-terminations/", "{\"l2vpn\": " + l2vpnId
                + ", \"assigned_object_type\": \"ipam.vlan\", \"assigned_object_id\": " + vlan + "}");
        long terminationId = termination.body().get("id").asLong();
        JsonNode vlanRead = get("/api/ipam/vlans/" + vlan + "/").body();
        JsonNode documentedVlan = ownFixture("ipam-vlans-get-17.json");

        assertThat(l2vpn.status()).isEqualTo(201);
        assertThat(fieldNames(l2vpn.body())).isEqualTo(fieldNames(ownFixture("vpn-l2vpns-get-3.json")));
        assertThat(fieldNames(get("/api/vpn/l2vpns/" + l2vpnId + "/?brief=true").body()))
                .isEqualTo(fieldNames(ownFixture("vpn-l2vpns-get-3-brief.json")));
        assertThat(l2vpn.body().get("display").asText()).isEqualTo("acme-vpls (10042)");
        assertThat(termination.status()).isEqualTo(201);
        assertThat(fieldNames(termination.body())).isEqualTo(fieldNames(ownFixture("vpn-l2vpn-terminations-get-9.json")));
        assertThat(termination.body().get("display").asText()).isEqualTo("Customer 101 (101) <> acme-vpls (10042)");
        assertThat(fieldNames(termination.body().get("assigned_object")))
                .isEqualTo(fieldNames(ownFixture("vpn-l2vpn-terminations-get-9.json").get("assigned_object")));
        assertThat(fieldNames(get("/api/vpn/l2vpn-terminations/" + terminationId + "/?brief=true").body()))
                .isEqualTo(fieldNames(ownFixture("vpn-l2vpn-terminations-get-9-brief.json")));
        assertThat(fieldNames(vlanRead.get("l2vpn_termination")))
                .isEqualTo(fieldNames(documentedVlan.get("l2vpn_termination")));
        assertThat(fieldNames(vlanRead.get("l2vpn_termination").get("l2vpn")))
                .isEqualTo(fieldNames(documentedVlan.get("l2vpn_termination").get("l2vpn")));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("__all__").get(0).asText())
                .isEqualTo("L2VPN Termination already assigned (Customer 101 (101))");
        assertThat(get("/api/vpn/l2vpn-terminations/?l2vpn_id=" + l2vpnId).body().get("count").asInt()).isEqualTo(1);
        assertThat(delete("/api/vpn/l2vpns/" + l2vpnId + "/").status()).isEqualTo(204);
        assertThat(get("/api/vpn/l2vpn-terminations/" + terminationId + "/").status()).isEqualTo(404);
    }

    @Test
    void injectsFaultsIntoAllocationsAndJournalsThem() throws Exception {
        long group = vlanGroupId();
        faults.inject(SimulatedFault.applyThenFail("POST", "/api/ipam/vlan-groups/*/available-vlans/", 502));

        Answer lost = post("/api/ipam/vlan-groups/" + group + "/available-vlans/", "{\"name\": \"late\"}");

        assertThat(lost.status()).isEqualTo(502);
        assertThat(get("/api/ipam/vlans/?name=late").body().get("count").asInt()).isEqualTo(1);
        assertThat(journal.writes()).singleElement().satisfies(entry -> {
            assertThat(entry.path()).isEqualTo("/api/ipam/vlan-groups/" + group + "/available-vlans/");
            assertThat(entry.status()).isEqualTo(502);
        });
    }

    // --- faults and journal ---------------------------------------------------------------------------------------

    @Test
    void failsTheNextRequestsWithoutApplyingThem() throws Exception {
        long loc1 = deviceId("loc1-core");
        faults.inject(SimulatedFault.failNext("PATCH", "/api/dcim/devices/*/", 503, 1));
        faults.inject(SimulatedFault.failNext("GET", "/api/ipam/prefixes/", 500, 2));

        Answer unavailable = patch("/api/dcim/devices/" + loc1 + "/", "{\"status\": \"active\"}");
        Answer serverError = get("/api/ipam/prefixes/");
        get("/api/ipam/prefixes/");
        Answer recovered = get("/api/ipam/prefixes/");

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.raw().headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(get("/api/dcim/devices/" + loc1 + "/").body().get("status").get("value").asText())
                .isEqualTo("planned");
        assertThat(serverError.status()).isEqualTo(500);
        assertThat(keys(serverError.body())).containsExactly("error", "exception", "netbox_version", "python_version");
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(faults.pending()).isEmpty();
    }

    @Test
    void appliesAWriteAndStillAnswersAnError() throws Exception {
        long loc1 = deviceId("loc1-core");
        faults.inject(SimulatedFault.applyThenFail("PATCH", "/api/dcim/devices/*/", 500));

        Answer answer = patch("/api/dcim/devices/" + loc1 + "/", "{\"status\": \"active\"}");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body().get("netbox_version").asText()).isEqualTo("4.6.8");
        assertThat(get("/api/dcim/devices/" + loc1 + "/").body().get("status").get("value").asText())
                .isEqualTo("active");
    }

    @Test
    void delaysAWriteAndThenAppliesIt() throws Exception {
        long loc1 = deviceId("loc1-core");
        faults.inject(SimulatedFault.delayNext("PATCH", "/api/dcim/devices/**", Duration.ofMillis(600)));
        HttpClient impatient = HttpClient.newBuilder().build();
        HttpRequest request = request("PATCH", "/api/dcim/devices/" + loc1 + "/", TOKEN, "{\"status\": \"active\"}")
                .timeout(Duration.ofMillis(200)).build();

        long started = System.nanoTime();
        try {
            impatient.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException expected) {
            // the client gave up; the simulator carries on like a slow NetBox
        }
        Thread.sleep(700);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(get("/api/dcim/devices/" + loc1 + "/").body().get("status").get("value").asText())
                .isEqualTo("active");
    }

    @Test
    void journalsEveryRequestAndTellsWritesApart() throws Exception {
        get("/api/status/");
        patch("/api/dcim/devices/" + deviceId("loc2-core") + "/", "{\"description\": \"in the lab\"}");
        send("GET", "/api/dcim/devices/", null, null);

        List<JournalEntry> writes = journal.writes();
        assertThat(journal.entries()).extracting(JournalEntry::status).contains(200, 403);
        assertThat(writes).hasSize(1);
        assertThat(writes.get(0).method()).isEqualTo("PATCH");
        assertThat(writes.get(0).path()).matches("/api/dcim/devices/\\d+/");
        assertThat(writes.get(0).status()).isEqualTo(200);
    }

    @Test
    void offersFaultsJournalAndResetOverHttp() throws Exception {
        Answer injected = send("POST", "/_sim/faults", TOKEN,
                "{\"method\": \"GET\", \"pathPattern\": \"/api/dcim/sites/\", \"mode\": \"FAIL\", \"status\": 502}");
        assertThat(injected.status()).isEqualTo(201);
        assertThat(get("/_sim/faults").body()).hasSize(1);
        assertThat(get("/api/dcim/sites/").status()).isEqualTo(502);
        assertThat(get("/_sim/requests").body().get(0).get("status").asInt()).isEqualTo(502);

        patch("/api/dcim/devices/" + deviceId("loc1-core") + "/", "{\"status\": \"active\"}");
        assertThat(send("POST", "/_sim/reset", TOKEN, null).status()).isEqualTo(204);
        assertThat(get("/api/dcim/devices/?status=active").body().get("count").asInt()).isZero();
        assertThat(send("DELETE", "/_sim/requests", TOKEN, null).status()).isEqualTo(204);
        assertThat(journal.entries()).isEmpty();
        assertThat(send("GET", "/_sim/faults", null, null).status()).isEqualTo(403);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private String base() {
        return "http://localhost:" + port + "/netbox";
    }

    private long vlanGroupId() throws Exception {
        return get("/api/ipam/vlan-groups/?slug=customer-services").body().get("results").get(0).get("id").asLong();
    }

    /** A body of ours, written from NetBox 4.6.8's source (src/test/resources/netbox-4.6.8/README.md). */
    private static JsonNode ownFixture(String name) throws IOException {
        try (var in = SimulatorContractIT.class.getResourceAsStream("/netbox-4.6.8/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private long deviceId(String name) throws Exception {
        return get("/api/dcim/devices/?name=" + name).body().get("results").get(0).get("id").asLong();
    }

    private long port(String device, String name) throws Exception {
        return get("/api/dcim/interfaces/?device=" + device + "&name=" + name).body()
                .get("results").get(0).get("id").asLong();
    }

    private long cable(long a, long b) throws Exception {
        Answer created = post("/api/dcim/cables/", cableBody(a, b, "connected"));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static String cableBody(long a, long b, String status) {
        return "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + a + "}], "
                + "\"b_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + b + "}], "
                + "\"status\": \"" + status + "\"}";
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, TOKEN, null);
    }

    private Answer getUrl(String url) throws Exception {
        return send("GET", url.substring(base().length()), TOKEN, null);
    }

    private Answer post(String path, String body) throws Exception {
        return send("POST", path, TOKEN, body);
    }

    private Answer patch(String path, String body) throws Exception {
        return send("PATCH", path, TOKEN, body);
    }

    private Answer delete(String path) throws Exception {
        return send("DELETE", path, TOKEN, null);
    }

    private HttpRequest.Builder request(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Answer send(String method, String path, String authorization, String body) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, authorization, body).build(),
                HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json") && !text.isEmpty()) {
            json = JSON.readTree(text);
        }
        return new Answer(response.statusCode(), json, text, response);
    }

    private static JsonNode fixture(String name) throws IOException {
        return JSON.readTree(Files.readString(FIXTURES.resolve(name)));
    }

    private static Set<String> keys(JsonNode node) {
        return new TreeSet<>(fieldNames(node));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> plus(Set<String> keys, String extra) {
        Set<String> more = new TreeSet<>(keys);
        more.add(extra);
        return more;
    }
}
