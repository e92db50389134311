package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a pick list shows of a device; NetBox is asked for these fields only ({@code ?fields=}, 4.0+). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceSummary(long id, String name, Ref site) {

    static final String FIELDS = "id,name,site";
}
