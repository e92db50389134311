package org.netorch.netbox;

import java.util.List;

/**
 * An interface's 802.1Q mode with its untagged and tagged VLANs. NetBox checks the three against each other (no
 * VLAN without a mode, tagged VLANs only in {@code tagged} mode), so they are always written together.
 */
public record InterfaceVlans(String mode, Long untaggedVlanId, List<Long> taggedVlanIds) {

    public static final String ACCESS = "access";
    public static final String TAGGED = "tagged";
    public static final String TAGGED_ALL = "tagged-all";

    public InterfaceVlans {
        taggedVlanIds = taggedVlanIds == null ? List.of() : List.copyOf(taggedVlanIds);
    }

    /** No mode and no VLANs: a routed port. */
    public static InterfaceVlans none() {
        return new InterfaceVlans(null, null, List.of());
    }

    /** Untagged traffic of one VLAN. */
    public static InterfaceVlans access(long vlanId) {
        return new InterfaceVlans(ACCESS, vlanId, List.of());
    }

    /** 802.1Q tags for these VLANs, untagged traffic on {@code nativeVlanId} (null for none). */
    public static InterfaceVlans tagged(Long nativeVlanId, List<Long> vlanIds) {
        return new InterfaceVlans(TAGGED, nativeVlanId, vlanIds);
    }

    /** Every VLAN tagged, untagged traffic on {@code nativeVlanId} (null for none). */
    public static InterfaceVlans taggedAll(Long nativeVlanId) {
        return new InterfaceVlans(TAGGED_ALL, nativeVlanId, List.of());
    }
}
