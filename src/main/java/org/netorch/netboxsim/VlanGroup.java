package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A VLAN group: the VIDs its VLANs may use, as inclusive {@code [first, last]} ranges. Global (no scope). */
class VlanGroup extends SimObject {
    static final int VID_MIN = 1;
    static final int VID_MAX = 4094;

    String name;
    String slug;
    List<int[]> vidRanges = new ArrayList<>(List.of(new int[] {VID_MIN, VID_MAX}));
    String description = "";
    String comments = "";

    boolean allows(int vid) {
        return vidRanges.stream().anyMatch(range -> vid >= range[0] && vid <= range[1]);
    }

    long totalVlanIds() {
        return vidRanges.stream().mapToLong(range -> range[1] - range[0] + 1L).sum();
    }

    /** As NetBox writes them in messages, e.g. {@code 100-4000,4010}. */
    String rangesText() {
        return vidRanges.stream()
                .map(range -> range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "-" + range[1])
                .collect(Collectors.joining(","));
    }
}
