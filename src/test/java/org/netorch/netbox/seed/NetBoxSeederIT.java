package org.netorch.netbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.Interface;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.IpAddress;
import org.netorch.netbox.IpAddressQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxEndpoint;
import org.netorch.netbox.NetBoxProperties;
import org.netorch.netbox.NetBoxSeedingClient;
import org.netorch.netbox.PrefixQuery;
import org.netorch.netbox.VidRange;
import org.netorch.netbox.VlanGroupQuery;
import org.netorch.netbox.seed.SeedReport.Item;
import org.netorch.netboxsim.SimulatorJournal;
import org.netorch.netboxsim.SimulatorProperties;
import org.netorch.netboxsim.SimulatorState;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The seeder over real HTTP against the app's simulator, emptied first so that it plays a fresh NetBox. */
class NetBoxSeederIT extends AppIntegrationTest {

    private static final DemoTopology DEMO = DemoTopology.workshop();

    @Autowired
    NetBoxClient netBox;
    @Autowired
    NetBoxEndpoint endpoint;
    @Autowired
    NetBoxProperties properties;
    @Autowired
    SimulatorState simulator;
    @Autowired
    SimulatorJournal journal;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private NetBoxSeeder seeder() {
        return new NetBoxSeeder(new NetBoxSeedingClient(endpoint, properties));
    }

    @BeforeEach
    void emptyNetBox() {
        simulator.clear();
        journal.clear();
    }

    @AfterEach
    void demoTopologyForOtherTests() {
        simulator.reset();
        journal.clear();
    }

    @Test
    void seedsAnEmptyNetBoxWithExactlyTheDemoTopology() {
        assertThat(netBox.devices(DeviceQuery.all())).isEmpty();

        SeedReport report = seeder().seed(DEMO);

        assertThat(netBox.devices(DeviceQuery.all())).hasSize(5).allSatisfy(device -> {
            assertThat(device.hasStatus("planned")).isTrue();
            assertThat(device.role().name()).isEqualTo("Core Router");
            assertThat(netBox.interfaces(InterfaceQuery.onDevice(device.id()))).hasSize(97);
        }).extracting(Device::name).containsExactly("loc1-core", "loc2-core", "loc3-core", "loc4-core", "loc5-core");
        Device loc3 = netBox.devices(DeviceQuery.all().withName("loc3-core")).get(0);
        assertThat(loc3.primaryIp4().address()).isEqualTo("10.0.0.3/32");
        assertThat(loc3.primaryIp6().address()).isEqualTo("2001:db8::3/128");
        assertThat(netBox.interfaces(InterfaceQuery.onDevice(loc3.id()).withSpeed(DemoTopology.KBPS_400G)))
                .hasSize(36);
        assertThat(netBox.prefixes(PrefixQuery.all())).hasSize(5);
        assertThat(report.created(Item.SITES)).isEqualTo(5);
        assertThat(report.created(Item.DEVICES)).isEqualTo(5);
        assertThat(report.created(Item.INTERFACES)).isEqualTo(5 * 97);
        assertThat(report.created(Item.IP_ADDRESSES)).isEqualTo(10);
        assertThat(report.created(Item.PRIMARY_IPS)).isEqualTo(10);
        assertThat(report.created(Item.PREFIXES)).isEqualTo(5);
        assertThat(report.created(Item.VLAN_GROUPS)).isEqualTo(1);
        assertThat(netBox.vlanGroups(VlanGroupQuery.withSlug(DemoTopology.CUSTOMER_VLAN_GROUP))).singleElement()
                .satisfies(group -> assertThat(group.vidRanges()).containsExactly(new VidRange(100, 4000)));
        assertThat(report.totalFound()).isZero();
    }

    @Test
    void seedingOverTheApiGivesWhatTheSimulatorSeedsItself() {
        seeder().seed(DEMO);
        List<String> seededOverTheApi = snapshot();

        simulator.reset();

        assertThat(seededOverTheApi).hasSize(5 + 5 * 97 + 10 + 5 + 1).isEqualTo(snapshot());
    }

    @Test
    void aSecondRunFindsEverythingAndSendsNoWrite() {
        SeedReport first = seeder().seed(DEMO);
        journal.clear();

        SeedReport second = seeder().seed(DEMO);

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.totalFound()).isEqualTo(first.totalCreated());
        assertThat(journal.writes()).isEmpty();
        assertThat(journal.entries()).isNotEmpty();
        assertThat(second.render()).startsWith("NetBox already holds the demo topology: nothing created");
    }

    @Test
    void completesANetBoxThatHoldsPartOfTheTopology() {
        DemoTopology firstTwoRouters = new DemoTopology(DEMO.sites(), DEMO.manufacturers(), DEMO.deviceTypes(),
                DEMO.roles(), DEMO.devices().subList(0, 2), DEMO.prefixes().subList(0, 1), List.of());
        seeder().seed(firstTwoRouters);

        SeedReport report = seeder().seed(DEMO);

        assertThat(report.created(Item.DEVICES)).isEqualTo(3);
        assertThat(report.found(Item.DEVICES)).isEqualTo(2);
        assertThat(report.found(Item.INTERFACES)).isEqualTo(2 * 97);
        assertThat(report.created(Item.PREFIXES)).isEqualTo(4);
        assertThat(report.created(Item.VLAN_GROUPS)).isEqualTo(1);
        assertThat(report.found(Item.SITES)).isEqualTo(5);
        assertThat(netBox.devices(DeviceQuery.all().withStatus("planned"))).hasSize(5);
    }

    @Test
    void theCommandSeedsTheNetBoxItsArgumentsPointAt() {
        int exit = command("--seed-netbox", "--netbox.url=http://127.0.0.1:" + port + "/netbox",
                "--netbox.token=" + SimulatorProperties.DEMO_TOKEN);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Seeding NetBox at http://127.0.0.1:" + port + "/netbox")
                .contains("NetBox seeded: 524 objects created, 0 found already.")
                .containsPattern("interfaces +created +485");
        assertThat(netBox.devices(DeviceQuery.all().withStatus("planned"))).hasSize(5);
    }

    @Test
    void theCommandEndsWithNetBoxsErrorWhenNetBoxRefusesIt() {
        int exit = command("--seed-netbox", "--netbox.url=http://127.0.0.1:" + port + "/netbox",
                "--netbox.token=wrong-token");

        assertThat(exit).isEqualTo(SeedCommand.NETBOX_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Seeding NetBox failed: GET /api/dcim/sites/?slug=location-1")
                .contains("403");
        assertThat(journal.writes()).isEmpty();
    }

    private int command(String... args) {
        return SeedCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Everything a user of NetBox would see of the topology, by names rather than ids. */
    private List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        for (Device device : netBox.devices(DeviceQuery.all())) {
            lines.add(String.join("|", device.name(), device.site().name(), device.role().name(),
                    device.deviceType().display(), device.status().value(), device.primaryIp4().address(),
                    device.primaryIp6().address()));
        }
        Map<Long, Interface> interfaces = netBox.interfaces(InterfaceQuery.all()).stream()
                .collect(Collectors.toMap(Interface::id, Function.identity()));
        interfaces.values().stream()
                .map(iface -> String.join("|", iface.device().name(), iface.name(), iface.type().value(),
                        String.valueOf(iface.speed()), String.valueOf(iface.enabled())))
                .sorted().forEach(lines::add);
        for (IpAddress ip : netBox.ipAddresses(IpAddressQuery.all())) {
            Interface on = interfaces.get(ip.assignedObjectId());
            lines.add(String.join("|", ip.address(), ip.status().value(), ip.role().value(), ip.dnsName(),
                    ip.description(), on.device().name(), on.name()));
        }
        netBox.prefixes(PrefixQuery.all()).forEach(prefix -> lines.add(String.join("|", prefix.prefix(),
                prefix.status().value(), String.valueOf(prefix.isPool()), prefix.description())));
        netBox.vlanGroups(VlanGroupQuery.all()).forEach(group -> lines.add(String.join("|", group.name(),
                group.slug(), group.vidRanges().toString(), group.description())));
        return lines;
    }
}
