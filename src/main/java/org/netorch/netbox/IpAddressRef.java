package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The brief IP address a device names as its primary IPv4/IPv6 address. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IpAddressRef(long id, String address, Family family) {
}
