package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** An inclusive range of VLAN ids, written by NetBox 4.x as {@code [first, last]}. */
public record VidRange(int first, int last) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static VidRange from(JsonNode node) {
        return new VidRange(node.path(0).asInt(), node.path(1).asInt());
    }

    public boolean contains(int vid) {
        return vid >= first && vid <= last;
    }
}
