package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a pick list shows of an interface; NetBox is asked for these fields only ({@code ?fields=}, 4.0+). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterfaceSummary(long id, String name) {

    static final String FIELDS = "id,name";
}
