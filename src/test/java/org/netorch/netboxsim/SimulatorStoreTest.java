package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorStoreTest {

    @TempDir
    Path directory;

    private String fileUrl() {
        return "jdbc:h2:file:" + directory.resolve("netbox-sim").toAbsolutePath();
    }

    @Test
    void keepsObjectsAndIdSequencesAcrossARestart() {
        long cableId;
        try (SimulatorStore first = new SimulatorStore(fileUrl())) {
            first.write(() -> {
                TopologyLoader.seedDemo(first);
                return null;
            });
            Device loc1 = first.<Device>all(Kind.DEVICE).iterator().next();
            loc1.status = "active";
            first.write(() -> first.update(Kind.DEVICE, loc1));
            cableId = first.write(() -> first.insert(Kind.CABLE, new Cable())).id;
            first.write(() -> {
                first.delete(Kind.CABLE, cableId);
                return null;
            });
        }

        try (SimulatorStore second = new SimulatorStore(fileUrl())) {
            assertThat(second.<Device>all(Kind.DEVICE)).hasSize(5);
            assertThat(second.<Device>all(Kind.DEVICE).iterator().next().status).isEqualTo("active");
            assertThat(second.<Interface>all(Kind.INTERFACE)).hasSize(5 * 97);
            assertThat(second.<Prefix>get(Kind.PREFIX, 3).description).isEqualTo("Circuit Address Pool");
            assertThat(second.find(Kind.CABLE, cableId)).isEmpty();
            Cable next = second.write(() -> second.insert(Kind.CABLE, new Cable()));
            assertThat(next.id).isEqualTo(cableId + 1);
        }
    }

    @Test
    void forgetsAWriteThatFailsHalfway() {
        try (SimulatorStore store = new SimulatorStore("jdbc:h2:mem:store-" + System.nanoTime())) {
            assertThatThrownBy(() -> store.write(() -> {
                store.insert(Kind.SITE, new Site());
                throw NetBoxApiError.nonField("second half refused");
            })).isInstanceOf(NetBoxApiError.class);

            assertThat(store.isEmpty()).isTrue();
        }
    }

    @Test
    void startsIdsAgainAfterBeingCleared() {
        try (SimulatorStore store = new SimulatorStore("jdbc:h2:mem:store-" + System.nanoTime())) {
            store.write(() -> store.insert(Kind.SITE, new Site()));
            store.write(() -> {
                store.clear();
                return null;
            });

            assertThat(store.write(() -> store.insert(Kind.SITE, new Site())).id).isEqualTo(1);
        }
    }
}
