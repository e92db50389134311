package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record CableTermination(
        @JsonProperty("object_type") String objectType,
        @JsonProperty("object_id") long objectId) {

    static final String INTERFACE = "dcim.interface";

    static CableTermination iface(long interfaceId) {
        return new CableTermination(INTERFACE, interfaceId);
    }

    public boolean isInterface(long interfaceId) {
        return INTERFACE.equals(objectType) && objectId == interfaceId;
    }
}
