package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Site(long id, String name, String slug, Choice status, String description) {

    public Site {
        description = Json.orEmpty(description);
    }
}
