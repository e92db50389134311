package org.netorch.process.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigTemplateTest {

    private static final ConfigTemplate CIRCUIT = ConfigTemplate.load("circuit-endpoint-config");

    @Test
    void rendersEveryPlaceholder() {
        String config = CIRCUIT.render(endpoint());

        assertThat(config).contains("interface 1/1/c1/1", " description to loc2-core 1/1/c1/1")
                .doesNotContain("{{");
    }

    @Test
    void aDescriptionWithALineBreakCannotAddACommandAndTheRefusalNamesTheField() {
        Map<String, Object> values = endpoint();
        values.put("port_description", "to loc2\nno router isis");

        assertThatThrownBy(() -> CIRCUIT.render(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port_description")
                .hasMessageContaining("\\u000a")
                .hasMessageNotContaining("\n");
    }

    @Test
    void controlCharactersAnywhereAreRefusedToo() {
        for (String bad : new String[] {"loc1\r", "loc1\u0000", "loc1\u001b[2J", "loc1\tcore", "loc1\u0085"}) {
            Map<String, Object> values = endpoint();
            values.put("node_name", bad);

            assertThatThrownBy(() -> CIRCUIT.render(values)).hasMessageContaining("node_name");
        }
    }

    private static Map<String, Object> endpoint() {
        Map<String, Object> values = new HashMap<>();
        values.put("node_name", "loc1-core");
        values.put("port_name", "1/1/c1/1");
        values.put("port_description", "to loc2-core 1/1/c1/1");
        values.put("v6_ip_address", "2001:db8:10::/127");
        values.put("isis_metric", 15000000);
        values.put("isis_net", "49.0001.0100.0000.0001.00");
        return values;
    }
}
