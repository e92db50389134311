package org.netorch.netbox;

public record CableQuery(Long deviceId, String status) {

    public static CableQuery all() {
        return new CableQuery(null, null);
    }

    public static CableQuery onDevice(long deviceId) {
        return new CableQuery(deviceId, null);
    }

    public CableQuery withStatus(String status) {
        return new CableQuery(deviceId, status);
    }

    QueryParams params() {
        return new QueryParams().add("device_id", deviceId).add("status", status);
    }
}
