package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Manufacturer(long id, String name, String slug) {
}
