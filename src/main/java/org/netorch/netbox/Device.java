package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Device(
        long id,
        String name,
        String display,
        Choice status,
        Ref site,
        Ref role,
        @JsonProperty("device_type") Ref deviceType,
        @JsonProperty("primary_ip4") IpAddressRef primaryIp4,
        @JsonProperty("primary_ip6") IpAddressRef primaryIp6,
        String description) {

    public Device {
        description = Json.orEmpty(description);
    }

    public boolean hasStatus(String expected) {
        return status != null && status.is(expected);
    }
}
