package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A free block inside a parent prefix, as {@code available-prefixes} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailablePrefix(Family family, String prefix, Ref vrf) {
}
