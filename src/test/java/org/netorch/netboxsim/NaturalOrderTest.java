package org.netorch.netboxsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(Arrays.asList(names));
        list.sort(NaturalOrder.INSTANCE);
        return list;
    }

    @Test
    void ordersNumbersInNamesByTheirValue() {
        assertThat(sorted("1/1/c10/1", "1/1/c2/1", "1/1/c1/10", "1/1/c1/2"))
                .containsExactly("1/1/c1/2", "1/1/c1/10", "1/1/c2/1", "1/1/c10/1");
        assertThat(sorted("bench100-core", "bench20-core", "bench3-core"))
                .containsExactly("bench3-core", "bench20-core", "bench100-core");
    }

    @Test
    void ignoresCaseAndLeadingZeros() {
        assertThat(NaturalOrder.INSTANCE.compare("LOC1-core", "loc1-CORE")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("leaf007", "leaf7")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("leaf0010", "leaf9")).isPositive();
    }

    @Test
    void putsDigitsBeforeLettersAndAPrefixBeforeItsLongerNames() {
        assertThat(sorted("core", "9", "core-2", "", "core2")).containsExactly("", "9", "core", "core2", "core-2");
        assertThat(NaturalOrder.INSTANCE.compare(null, "")).isZero();
    }
}
