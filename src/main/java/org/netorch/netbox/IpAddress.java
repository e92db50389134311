package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record IpAddress(
        long id,
        String address,
        Family family,
        Choice status,
        Choice role,
        @JsonProperty("assigned_object_type") String assignedObjectType,
        @JsonProperty("assigned_object_id") Long assignedObjectId,
        String description,
        @JsonProperty("dns_name") String dnsName) {

    public IpAddress {
        description = Json.orEmpty(description);
        dnsName = Json.orEmpty(dnsName);
    }
}
