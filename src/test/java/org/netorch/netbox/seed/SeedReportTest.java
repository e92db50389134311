package org.netorch.netbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netorch.netbox.seed.SeedReport.Count;
import org.netorch.netbox.seed.SeedReport.Item;

class SeedReportTest {

    @Test
    void summarisesAFirstRunAndListsEveryKind() {
        SeedReport report = new SeedReport(Map.of(Item.DEVICES, new Count(3, 2), Item.INTERFACES, new Count(219, 146)));

        assertThat(report.totalCreated()).isEqualTo(222);
        assertThat(report.changedNothing()).isFalse();
        assertThat(report.created(Item.PREFIXES)).isZero();
        assertThat(report.render().lines())
                .startsWith("NetBox seeded: 222 objects created, 148 found already.")
                .contains("  devices        created    3   found    2")
                .hasSize(1 + Item.values().length);
    }

    @Test
    void saysSoWhenEverythingWasThereAlready() {
        SeedReport report = new SeedReport(Map.of(Item.SITES, new Count(0, 5), Item.PREFIXES, new Count(0, 5)));

        assertThat(report.changedNothing()).isTrue();
        assertThat(report.render()).startsWith("NetBox already holds the demo topology: nothing created, 10 objects found.");
    }
}
