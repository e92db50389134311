package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceType(long id, Ref manufacturer, String model, String slug, @JsonProperty("u_height") Double uHeight) {
}
