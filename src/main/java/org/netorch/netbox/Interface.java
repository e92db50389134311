package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;

/**
 * A device interface; {@code speed} is in kbps as NetBox stores it, null when unset, as is {@code mtu}. {@code mode}
 * is the 802.1Q mode ({@code access}, {@code tagged}, {@code tagged-all}), null for a routed port; its VLANs are
 * {@code untaggedVlan} and {@code taggedVlans}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Interface(
        long id,
        String name,
        String display,
        Ref device,
        Choice type,
        boolean enabled,
        Long speed,
        Integer mtu,
        @JsonProperty("mark_connected") boolean markConnected,
        Ref cable,
        @JsonProperty("cable_end") String cableEnd,
        String description,
        Choice mode,
        @JsonProperty("untagged_vlan") VlanRef untaggedVlan,
        @JsonProperty("tagged_vlans") List<VlanRef> taggedVlans,
        @JsonProperty("l2vpn_termination") Ref l2vpnTermination,
        @JsonProperty("_occupied") boolean occupied) {

    public Interface {
        description = Json.orEmpty(description);
        taggedVlans = taggedVlans == null ? List.of() : List.copyOf(taggedVlans);
    }

    public boolean isCabled() {
        return cable != null;
    }

    public boolean hasMode(String expected) {
        return mode != null && mode.is(expected);
    }

    /** The VLANs it carries, untagged first. */
    public List<Long> vlanIds() {
        return Stream.concat(Stream.ofNullable(untaggedVlan), taggedVlans.stream()).map(VlanRef::id).toList();
    }
}
