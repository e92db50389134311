package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A free address inside a prefix, with the prefix's mask, as {@code available-ips} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailableIp(Family family, String address, Ref vrf) {
}
