package org.netorch.netboxsim;

import java.util.Set;

class Interface extends SimObject {
    static final Set<String> UNCABLEABLE_TYPES = Set.of("virtual", "lag", "bridge");

    long deviceId;
    String name;
    String label = "";
    String type;
    boolean enabled = true;
    Integer mtu;
    Long speed;
    boolean mgmtOnly;
    String description = "";
    boolean markConnected;
    Long cableId;
    String cableEnd;

    boolean isVirtual() {
        return UNCABLEABLE_TYPES.contains(type) || Choices.isWireless(type);
    }

    boolean isOccupied() {
        return cableId != null || markConnected;
    }
}
