package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceRole(long id, String name, String slug, String color) {
}
