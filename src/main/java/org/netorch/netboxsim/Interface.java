package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.List;
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
    /** 802.1Q mode ({@code access}, {@code tagged}, {@code tagged-all}, {@code q-in-q}), null when routed. */
    String mode;
    Long untaggedVlanId;
    List<Long> taggedVlanIds = new ArrayList<>();

    boolean isVirtual() {
        return UNCABLEABLE_TYPES.contains(type) || Choices.isWireless(type);
    }

    /** How NetBox names an interface, e.g. in an L2VPN termination. */
    String display() {
        return label == null || label.isEmpty() ? name : name + " (" + label + ")";
    }

    boolean isOccupied() {
        return cableId != null || markConnected;
    }
}
