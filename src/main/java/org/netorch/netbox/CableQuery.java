package org.netorch.netbox;

/** Cable filters; null means "any". {@code label} matches exactly. */
public record CableQuery(Long deviceId, String status, String label) {

    public static CableQuery all() {
        return new CableQuery(null, null, null);
    }

    public static CableQuery onDevice(long deviceId) {
        return new CableQuery(deviceId, null, null);
    }

    public CableQuery withStatus(String status) {
        return new CableQuery(deviceId, status, label);
    }

    public CableQuery labelled(String label) {
        return new CableQuery(deviceId, status, label);
    }

    QueryParams params() {
        return new QueryParams().add("device_id", deviceId).add("status", status).add("label", label);
    }
}
