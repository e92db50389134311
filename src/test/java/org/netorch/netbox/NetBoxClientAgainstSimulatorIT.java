package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netboxsim.JournalEntry;
import org.netorch.netboxsim.SimulatedFault;
import org.netorch.netboxsim.SimulatorFaults;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

/** Our client over real HTTP against the simulator the app serves in demo mode. */
class NetBoxClientAgainstSimulatorIT extends AppIntegrationTest {

    private static final long KBPS_400G = 400_000_000L;

    @Autowired
    NetBoxClient netBox;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorFaults faults;
    @Autowired
    SimulatorJournal journal;
    @Autowired
    NetBoxEndpoint endpoint;
    @Autowired
    NetBoxProperties properties;

    @BeforeEach
    void demoTopology() {
        simulator.reset();
        journal.clear();
    }

    @AfterEach
    void noFaultsLeft() {
        faults.clear();
    }

    @Test
    void findsTheFivePlannedRoutersWithTheirLoopbacks() {
        List<Device> planned = netBox.devices(DeviceQuery.all().withStatus("planned"));

        assertThat(planned).extracting(Device::name)
                .containsExactly("loc1-core", "loc2-core", "loc3-core", "loc4-core", "loc5-core");
        Device loc1 = planned.get(0);
        assertThat(loc1.primaryIp4().address()).isEqualTo("10.0.0.1/32");
        assertThat(loc1.primaryIp6().address()).isEqualTo("2001:db8::1/128");
        assertThat(netBox.status().netboxVersion()).startsWith("4.");
    }

    @Test
    void listsFree400gPortsAcrossPages() {
        Device loc1 = device("loc1-core");

        List<Interface> free = netBox.interfaces(InterfaceQuery.onDevice(loc1.id()).withSpeed(KBPS_400G)
                .cabled(false).occupied(false).markConnected(false));

        assertThat(free).hasSize(36).allSatisfy(port -> assertThat(port.name()).startsWith("1/1/c"));
    }

    @Test
    void readsDeviceSummariesOverThreePagesWithTheFieldsItAskedFor() {
        List<DeviceSummary> devices = pagingBy(2).deviceSummaries(DeviceQuery.all().withStatus("planned"));

        assertThat(devices).extracting(DeviceSummary::name)
                .containsExactly("loc1-core", "loc2-core", "loc3-core", "loc4-core", "loc5-core");
        assertThat(devices).allSatisfy(device -> {
            assertThat(device.id()).isPositive();
            assertThat(device.site().name()).startsWith("Location ");
        });
        assertThat(journal.entries()).extracting(JournalEntry::query).containsExactly(
                "status=planned&fields=id%2Cname%2Csite&limit=2",
                "fields=id%2Cname%2Csite&limit=2&offset=2&status=planned",
                "fields=id%2Cname%2Csite&limit=2&offset=4&status=planned");
    }

    @Test
    void lists305PlannedRoutersWithTheirSitesAtTheDefaultPageSize() throws Exception {
        Device loc1 = device("loc1-core");
        StringBuilder routers = new StringBuilder("[");
        for (int n = 6; n <= 305; n++) {
            routers.append(n == 6 ? "" : ",").append("{\"name\": \"lab").append(n).append("-core\", \"device_type\": ")
                    .append(loc1.deviceType().id()).append(", \"role\": ").append(loc1.role().id())
                    .append(", \"site\": ").append(loc1.site().id()).append(", \"status\": \"planned\"}");
        }
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(endpoint.baseUrl() + "/api/dcim/devices/"))
                .header("Authorization", "Token " + endpoint.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(routers.append("]").toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        journal.clear();

        List<DeviceSummary> planned = netBox.deviceSummaries(DeviceQuery.all().withStatus("planned"));

        assertThat(planned).hasSize(305).allSatisfy(device -> {
            assertThat(device.id()).isPositive();
            assertThat(device.name()).endsWith("-core");
            assertThat(device.site()).isNotNull();
        });
        assertThat(planned).extracting(DeviceSummary::id).doesNotHaveDuplicates();
        assertThat(journal.entries()).extracting(JournalEntry::query).containsExactly(
                "status=planned&fields=id%2Cname%2Csite&limit=200",
                "fields=id%2Cname%2Csite&limit=200&offset=200&status=planned");
    }

    @Test
    void readsInterfaceSummariesOverSeveralPagesWithTheFieldsItAskedFor() {
        Device loc1 = device("loc1-core");
        List<Interface> full = netBox.interfaces(InterfaceQuery.onDevice(loc1.id()));
        journal.clear();

        List<InterfaceSummary> ports = pagingBy(25).interfaceSummaries(InterfaceQuery.onDevice(loc1.id()));

        assertThat(ports).containsExactlyElementsOf(full.stream()
                .map(iface -> new InterfaceSummary(iface.id(), iface.name())).toList());
        assertThat(journal.entries()).hasSize((full.size() + 24) / 25).hasSizeGreaterThan(2).allSatisfy(entry ->
                assertThat(entry.query()).contains("fields=id%2Cname").doesNotContain("%25"));
    }

    @Test
    void cablesTwoPortsAndSeesThemOccupied() {
        Interface a = firstFreePort("loc1-core");
        Interface b = firstFreePort("loc2-core");

        Cable cable = netBox.createCable(a.id(), b.id(), "planned", "test", "test cable");
        Cable connected = netBox.updateCableStatus(cable.id(), "connected");

        assertThat(connected.hasStatus("connected")).isTrue();
        assertThat(cable.joins(a.id(), b.id())).isTrue();
        assertThat(netBox.iface(a.id()).isCabled()).isTrue();
        assertThatThrownBy(() -> netBox.createCable(a.id(), firstFreePort("loc3-core").id(), "planned", "x", "x"))
                .isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("POST /api/dcim/cables/").contains("Duplicate termination");
                });
    }

    @Test
    void allocatesTheFirstFree64AndA127WithBothAddresses() {
        Prefix pool = netBox.prefixes(PrefixQuery.exactly("2001:db8:10::/44")).get(0);

        Prefix circuit = netBox.allocatePrefix(pool.id(), 64, "circuit [subscription s1]", true);
        Prefix link = netBox.allocatePrefix(circuit.id(), 127, "link [subscription s1]", false);
        IpAddress a = netBox.allocateIp(link.id(), "A [subscription s1]", firstFreePort("loc1-core").id(), "active");
        IpAddress b = netBox.allocateIp(link.id(), "B [subscription s1]", firstFreePort("loc2-core").id(), "active");

        assertThat(circuit.prefix()).isEqualTo("2001:db8:10::/64");
        assertThat(link.prefix()).isEqualTo("2001:db8:10::/127");
        assertThat(List.of(a.address(), b.address())).containsExactly("2001:db8:10::/127", "2001:db8:10::1/127");
        assertThat(netBox.prefixes(PrefixQuery.childrenOf("2001:db8:10::/44").describedWith("s1"))).hasSize(2);
    }

    @Test
    void anExhaustedPrefixIsA409ThatSaysSo() {
        Prefix pool = netBox.prefixes(PrefixQuery.exactly("2001:db8:10::/44")).get(0);
        Prefix circuit = netBox.allocatePrefix(pool.id(), 64, "circuit", true);
        Prefix link = netBox.allocatePrefix(circuit.id(), 127, "link", false);
        netBox.allocateIp(link.id(), "a", firstFreePort("loc1-core").id(), "active");
        netBox.allocateIp(link.id(), "b", firstFreePort("loc2-core").id(), "active");

        assertThatThrownBy(() -> netBox.allocateIp(link.id(), "c", firstFreePort("loc3-core").id(), "active"))
                .isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.detail()).contains("Insufficient resources");
                });
    }

    @Test
    void buildsAnL2vpnBetweenTwoCustomerPortsAndTakesItDownAgain() {
        VlanGroup customers = netBox.vlanGroups(VlanGroupQuery.withSlug("customer-services")).get(0);
        Interface a = firstFree10gPort("loc1-core");
        Interface b = firstFree10gPort("loc2-core");
        String marker = "[subscription 7e57]";

        Vlan vlanA = netBox.allocateVlan(customers.id(), "ACME A", "active", "SAP A " + marker);
        assertThatThrownBy(() -> netBox.createVlan(new NewVlan(customers.id(), vlanA.vid(), "ACME B", "active", marker)))
                .isInstanceOfSatisfying(NetBoxException.class, e -> assertThat(e.detail())
                        .isEqualTo("__all__: VLAN with this Group and VLAN ID already exists."));
        Vlan vlanB = netBox.createVlan(new NewVlan(null, vlanA.vid(), "ACME B", "active", "SAP B " + marker));
        Interface portA = netBox.updateInterface(a.id(), InterfaceChanges.none().withEnabled(true)
                .withDescription("ACME " + marker).withVlans(InterfaceVlans.access(vlanA.id())));
        Interface portB = netBox.updateInterface(b.id(), InterfaceChanges.none().withEnabled(true)
                .withDescription("ACME " + marker).withVlans(InterfaceVlans.tagged(null, List.of(vlanB.id()))));
        L2vpn l2vpn = netBox.createL2vpn(new NewL2vpn("acme-7e57", "acme-7e57", "vpls", null, "active", marker));
        netBox.createL2vpnTermination(NewL2vpnTermination.onVlan(l2vpn.id(), vlanA.id()));
        netBox.createL2vpnTermination(NewL2vpnTermination.onVlan(l2vpn.id(), vlanB.id()));

        assertThat(vlanA.vid()).isEqualTo(100);
        assertThat(portA.hasMode(InterfaceVlans.ACCESS)).isTrue();
        assertThat(portA.untaggedVlan().vid()).isEqualTo(100);
        assertThat(portB.taggedVlans()).extracting(VlanRef::id).containsExactly(vlanB.id());
        assertThat(netBox.vlans(VlanQuery.all().describedWith(marker))).hasSize(2)
                .allSatisfy(vlan -> assertThat(vlan.l2vpnTermination()).isNotNull());
        assertThat(netBox.vlans(VlanQuery.all().onInterface(b.id()))).extracting(Vlan::id).containsExactly(vlanB.id());
        assertThat(netBox.l2vpns(L2vpnQuery.all().describedWith(marker))).extracting(L2vpn::id)
                .containsExactly(l2vpn.id());
        assertThat(netBox.l2vpnTerminations(L2vpnTerminationQuery.of(l2vpn.id())))
                .anySatisfy(t -> assertThat(t.isOnVlan(vlanA.id())).isTrue())
                .anySatisfy(t -> assertThat(t.isOnVlan(vlanB.id())).isTrue());

        assertThat(netBox.deleteL2vpn(l2vpn.id())).isTrue();
        assertThat(netBox.l2vpnTerminations(L2vpnTerminationQuery.all().onVlan(vlanA.id()))).isEmpty();
        netBox.updateInterface(a.id(), InterfaceChanges.none().withEnabled(false).withDescription("")
                .withVlans(InterfaceVlans.none()));
        assertThat(netBox.deleteVlan(vlanA.id())).isTrue();
        assertThat(netBox.deleteVlan(vlanB.id())).isTrue();
        assertThat(netBox.deleteVlan(vlanB.id())).as("a retried delete").isFalse();
        assertThat(netBox.iface(b.id()).taggedVlans()).isEmpty();
        assertThat(netBox.iface(a.id()).mode()).isNull();
        assertThat(netBox.findL2vpn(l2vpn.id())).isEmpty();
    }

    @Test
    void anL2vpnWhoseAnswerWasLostIsFoundAgainByItsMarker() {
        String marker = "[subscription 5f0c]";
        faults.inject(SimulatedFault.applyThenFail("POST", "/api/vpn/l2vpns/", 502));

        assertThatThrownBy(() -> netBox.createL2vpn(new NewL2vpn("acme-5f0c", "acme-5f0c", "vxlan-evpn", 5010L,
                "planned", marker))).isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.getMessage()).startsWith("POST /api/vpn/l2vpns/ → 502");
                });
        List<L2vpn> found = netBox.l2vpns(L2vpnQuery.all().describedWith(marker));

        assertThat(found).singleElement().satisfies(l2vpn -> {
            assertThat(l2vpn.identifier()).isEqualTo(5010L);
            assertThat(l2vpn.type().is("vxlan-evpn")).isTrue();
            assertThat(l2vpn.hasStatus("planned")).isTrue();
        });
        assertThatThrownBy(() -> netBox.createL2vpn(new NewL2vpn("acme-5f0c", "acme-5f0c", "vxlan-evpn", 5010L,
                "planned", marker))).isInstanceOfSatisfying(NetBoxException.class, e -> assertThat(e.detail())
                        .contains("L2VPN with this name already exists."));
        assertThat(netBox.updateL2vpn(found.get(0).id(), L2vpnChanges.none().withStatus("active")).hasStatus("active"))
                .isTrue();
    }

    @Test
    void aServerErrorNamesTheCallAndNetBoxsAnswerAndAppliesNothing() {
        Device loc1 = device("loc1-core");
        faults.inject(SimulatedFault.failNext("PATCH", "/api/dcim/devices/*/", 500, 1));

        assertThatThrownBy(() -> netBox.updateDeviceStatus(loc1.id(), "active"))
                .isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.isServerError()).isTrue();
                    assertThat(e.getMessage()).startsWith("PATCH /api/dcim/devices/" + loc1.id() + "/ → 500");
                });
        assertThat(netBox.device(loc1.id()).hasStatus("planned")).isTrue();
        assertThat(netBox.updateDeviceStatus(loc1.id(), "active").hasStatus("active")).isTrue();
    }

    @Test
    void aSlowNetBoxTimesOutButStillAppliesTheWriteAsARealOneWould() {
        Device loc2 = device("loc2-core");
        faults.inject(SimulatedFault.delayNext("PATCH", "/api/dcim/devices/*/", SLOWER_THAN_READ_TIMEOUT));

        assertThatThrownBy(() -> netBox.updateDeviceStatus(loc2.id(), "active"))
                .isInstanceOfSatisfying(NetBoxException.class, e -> assertThat(e.isTimeout()).isTrue());
        await(() -> netBox.device(loc2.id()).hasStatus("active"));
    }

    @Test
    void writeAppliedThenServerErrorLeavesTheWriteInPlace() {
        Device loc3 = device("loc3-core");
        faults.inject(SimulatedFault.applyThenFail("PATCH", "/api/dcim/devices/*/", 500));

        assertThatThrownBy(() -> netBox.updateDeviceStatus(loc3.id(), "active"))
                .isInstanceOf(NetBoxException.class);
        assertThat(netBox.device(loc3.id()).hasStatus("active")).isTrue();
        assertThat(journal.writes()).hasSize(1);
    }

    @Test
    void anUnknownDeviceIsA404WithNetBoxsDetail() {
        assertThatThrownBy(() -> netBox.device(999_999))
                .isInstanceOfSatisfying(NetBoxException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.detail()).contains("No Device matches the given query.");
                });
    }

    /** Our client with a small page size, to walk NetBox's next links. */
    private NetBoxClient pagingBy(int pageSize) {
        NetBoxProperties small = new NetBoxProperties(properties.url(), properties.token(),
                properties.connectTimeout(), properties.readTimeout(), pageSize, properties.circuitPool(),
                properties.retryCycle(), properties.requestLimit());
        return new NetBoxClient(RestClient.builder(), endpoint, small);
    }

    private Device device(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0);
    }

    private Interface firstFreePort(String deviceName) {
        return netBox.interfaces(InterfaceQuery.onDevice(device(deviceName).id()).withSpeed(KBPS_400G)
                .cabled(false).occupied(false)).get(0);
    }

    private Interface firstFree10gPort(String deviceName) {
        return netBox.interfaces(InterfaceQuery.onDevice(device(deviceName).id()).withSpeed(10_000_000L)
                .cabled(false).occupied(false)).get(0);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
