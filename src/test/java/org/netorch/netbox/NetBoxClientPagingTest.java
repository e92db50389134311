package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetBoxClientPagingTest {

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start("/netbox");

    private static String device(long id, String name) {
        return "{\"id\": " + id + ", \"name\": \"" + name + "\", \"status\": {\"value\": \"planned\", \"label\": \"Planned\"}}";
    }

    @Test
    void followsNextAcrossThreePagesAndRewritesAForeignHostToTheConfiguredOne() {
        NetBoxClient client = netBox.client("token", Duration.ofSeconds(5), 2);
        netBox.answer("GET", "/api/dcim/devices/?status=planned&limit=2", 200, Fixtures.page(
                        "http://netbox-internal:8080/netbox/api/dcim/devices/?limit=2&offset=2&status=planned",
                        device(1, "loc1-core"), device(2, "loc2-core")))
                .answer("GET", "/api/dcim/devices/?limit=2&offset=4&status=planned", 200, Fixtures.page(null,
                        device(5, "loc5-core")))
                .answer("GET", "/api/dcim/devices/?limit=2&offset=2&status=planned", 200, Fixtures.page(
                        "https://proxy.example.net/netbox/api/dcim/devices/?limit=2&offset=4&status=planned",
                        device(3, "loc3-core"), device(4, "loc4-core")));

        List<Device> devices = client.devices(DeviceQuery.all().withStatus("planned"));

        assertThat(devices).extracting(Device::name)
                .containsExactly("loc1-core", "loc2-core", "loc3-core", "loc4-core", "loc5-core");
        assertThat(netBox.requests()).extracting(FakeNetBox.Request::query).containsExactly(
                "status=planned&limit=2", "limit=2&offset=2&status=planned", "limit=2&offset=4&status=planned");
    }

    @Test
    void asksForTheConfiguredPageSizeAndEndsEveryPathWithASlash() {
        NetBoxClient client = netBox.client("token", Duration.ofSeconds(5), 200);
        netBox.answer("GET", "/api/dcim/devices/7/", 200, device(7, "loc1-core"))
                .answer("GET", "/api/dcim/interfaces/", 200, Fixtures.page(null))
                .answer("GET", "/api/ipam/prefixes/", 200, Fixtures.page(null))
                .answer("GET", "/api/dcim/cables/", 200, Fixtures.page(null));

        client.device(7);
        client.interfaces(InterfaceQuery.onDevice(7));
        client.prefixes(PrefixQuery.childrenOf("2001:db8:10::/44"));
        client.cables(CableQuery.onDevice(7).withStatus("planned"));

        assertThat(netBox.requests()).extracting(FakeNetBox.Request::path)
                .allSatisfy(path -> assertThat(path).endsWith("/"));
        assertThat(netBox.requests()).extracting(FakeNetBox.Request::query).containsExactly(
                null,
                "device_id=7&limit=200",
                "within=2001%3Adb8%3A10%3A%3A%2F44&limit=200",
                "device_id=7&status=planned&limit=200");
    }

    @Test
    void sendsEveryInterfaceFilterTheCircuitWorkflowNeeds() {
        NetBoxClient client = netBox.client("token");
        netBox.answer("GET", "/api/dcim/interfaces/", 200, Fixtures.page(null));

        client.interfaces(InterfaceQuery.onDevice(3).withSpeed(400_000_000L).cabled(false).occupied(false)
                .markConnected(false).ofKind("physical").named("1/1/c1/1"));

        assertThat(netBox.lastRequest().query()).isEqualTo("device_id=3&speed=400000000&cabled=false"
                + "&occupied=false&mark_connected=false&kind=physical&name=1%2F1%2Fc1%2F1&limit=200");
    }

    @Test
    void asksForOnlyTheFieldsAPickListShowsAndReadsTheTrimmedObjects() {
        NetBoxClient client = netBox.client("token");
        netBox.answer("GET", "/api/dcim/devices/", 200, Fixtures.page(null, "{\"id\": 4, \"name\": \"loc4-core\", "
                        + "\"site\": {\"id\": 4, \"display\": \"Location 4\", \"name\": \"Location 4\"}}"))
                .answer("GET", "/api/dcim/interfaces/", 200, Fixtures.page(null,
                        "{\"id\": 91, \"name\": \"1/1/c1/1\"}"));

        List<DeviceSummary> devices = client.deviceSummaries(DeviceQuery.all().withStatus("planned"));
        String devicesQuery = netBox.lastRequest().query();
        List<InterfaceSummary> ports = client.interfaceSummaries(InterfaceQuery.onDevice(4).withSpeed(400_000_000L)
                .cabled(false).markConnected(false));

        assertThat(devicesQuery).isEqualTo("status=planned&fields=id%2Cname%2Csite&limit=200");
        assertThat(netBox.lastRequest().query()).isEqualTo(
                "device_id=4&speed=400000000&cabled=false&mark_connected=false&fields=id%2Cname&limit=200");
        assertThat(devices).singleElement().satisfies(device -> {
            assertThat(device.id()).isEqualTo(4);
            assertThat(device.name()).isEqualTo("loc4-core");
            assertThat(device.site().display()).isEqualTo("Location 4");
        });
        assertThat(ports).containsExactly(new InterfaceSummary(91, "1/1/c1/1"));
    }

    @Test
    void refusesAPageWhoseItemsHaveNoIdInsteadOfReadingThemAsObjects() {
        NetBoxClient client = netBox.client("token", Duration.ofSeconds(5), 2);
        netBox.answer("GET", "/api/dcim/devices/?status=planned&fields=id%2Cname%2Csite&limit=2", 200, Fixtures.page(
                        netBox.baseUrl() + "/api/dcim/devices/?fields=id%252Cname%252Csite&limit=2&offset=2",
                        "{\"id\": 1, \"name\": \"loc1-core\"}", "{\"id\": 2, \"name\": \"loc2-core\"}"))
                .answer("GET", "/api/dcim/devices/?fields=id%252Cname%252Csite&limit=2&offset=2", 200,
                        Fixtures.page(null, "{}", "{}"));

        assertThatThrownBy(() -> client.deviceSummaries(DeviceQuery.all().withStatus("planned")))
                .isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.getMessage()).startsWith(
                            "GET /api/dcim/devices/?fields=id%252Cname%252Csite&limit=2&offset=2 → 200 OK: ");
                    assertThat(e.detail()).isEqualTo("result 1 of the page has no id, so it is no NetBox object: {}");
                });
    }

    @Test
    void refusesAnItemWhoseIdIsNullOrNotANumber() {
        NetBoxClient client = netBox.client("token");
        netBox.answer("GET", "/api/dcim/interfaces/", 200, Fixtures.page(null,
                "{\"id\": 7, \"name\": \"1/1/c1/1\"}", "{\"id\": null, \"name\": \"1/1/c2/1\"}"));
        netBox.answer("GET", "/api/ipam/prefixes/", 200, Fixtures.page(null, "{\"id\": \"7\"}"));

        assertThatThrownBy(() -> client.interfaceSummaries(InterfaceQuery.onDevice(3)))
                .isInstanceOfSatisfying(NetBoxException.class, e -> assertThat(e.detail())
                        .startsWith("result 2 of the page has no id").contains("1/1/c2/1"));
        assertThatThrownBy(() -> client.prefixes(PrefixQuery.all()))
                .isInstanceOfSatisfying(NetBoxException.class, e -> assertThat(e.path()).startsWith("/api/ipam/prefixes/"));
    }

    @Test
    void repeatsAFilterForEachIdAndEncodesMarkersSoNetBoxReadsThemBack() {
        NetBoxClient client = netBox.client("token");
        netBox.answer("GET", "/api/dcim/devices/", 200, Fixtures.page(null))
                .answer("GET", "/api/ipam/ip-addresses/", 200, Fixtures.page(null));

        client.devices(DeviceQuery.all().withIds(List.of(1L, 2L)).atSite("location-1").withRole("core-router")
                .withName("loc1-core"));
        String devicesQuery = netBox.lastRequest().query();
        client.ipAddresses(IpAddressQuery.onInterface(9).inside("2001:db8:10::/127").onDevice(3)
                .withAddress("10.0.0.1/32").describedWith("[subscription 5f0c]"));

        assertThat(devicesQuery)
                .isEqualTo("id=1&id=2&name=loc1-core&site=location-1&role=core-router&limit=200");
        assertThat(netBox.lastRequest().query()).isEqualTo("address=10.0.0.1%2F32&interface_id=9&device_id=3"
                + "&parent=2001%3Adb8%3A10%3A%3A%2F127&description__ic=%5Bsubscription+5f0c%5D&limit=200");
    }

    @Test
    void acceptsABaseUrlWithATrailingSlash() {
        NetBoxClient client = FakeNetBox.clientFor(netBox.baseUrl() + "/", "token", Duration.ofSeconds(5), 50);
        netBox.answer("GET", "/api/status/", 200, "{\"netbox-version\": \"4.6.8\", \"python-version\": \"3.14.0\"}");

        assertThat(client.status().netboxVersion()).isEqualTo("4.6.8");
        assertThat(netBox.lastRequest().path()).isEqualTo("/api/status/");
    }
}
