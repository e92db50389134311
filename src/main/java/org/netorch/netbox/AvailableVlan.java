package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A free VID of a VLAN group, as {@code available-vlans} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailableVlan(int vid, Ref group) {
}
