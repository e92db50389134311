package org.netorch.netbox;

import java.util.Collection;
import java.util.List;

/** Device filters; null means "any". {@code site} and {@code role} are slugs, {@code name} matches ignoring case. */
public record DeviceQuery(String status, String name, String site, String role, List<Long> ids) {

    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, null, null);
    }

    public DeviceQuery withStatus(String status) {
        return new DeviceQuery(status, name, site, role, ids);
    }

    public DeviceQuery withName(String name) {
        return new DeviceQuery(status, name, site, role, ids);
    }

    public DeviceQuery atSite(String site) {
        return new DeviceQuery(status, name, site, role, ids);
    }

    public DeviceQuery withRole(String role) {
        return new DeviceQuery(status, name, site, role, ids);
    }

    public DeviceQuery withIds(Collection<Long> ids) {
        return new DeviceQuery(status, name, site, role, List.copyOf(ids));
    }

    QueryParams params() {
        return new QueryParams().addEach("id", ids).add("status", status).add("name", name)
                .add("site", site).add("role", role);
    }
}
