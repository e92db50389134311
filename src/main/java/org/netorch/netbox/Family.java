package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** IP family: {@code {"value":6,"label":"IPv6"}} on full objects, a bare {@code 6} in nested and available rows. */
public record Family(int value, String label) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Family from(JsonNode node) {
        if (node.isObject()) {
            int value = node.path("value").asInt();
            return new Family(value, node.hasNonNull("label") ? node.get("label").asText() : labelOf(value));
        }
        return new Family(node.asInt(), labelOf(node.asInt()));
    }

    private static String labelOf(int value) {
        return "IPv" + value;
    }

    public boolean isIpv6() {
        return value == 6;
    }
}
