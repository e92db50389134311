package org.netorch.netbox;

/** Interface filters; null means "any". {@code speed} is in kbps, {@code kind} is physical, virtual or wireless. */
public record InterfaceQuery(
        Long deviceId, Long speed, Boolean cabled, Boolean occupied, Boolean markConnected, String kind, String name) {

    public static InterfaceQuery onDevice(long deviceId) {
        return new InterfaceQuery(deviceId, null, null, null, null, null, null);
    }

    public static InterfaceQuery all() {
        return new InterfaceQuery(null, null, null, null, null, null, null);
    }

    public InterfaceQuery withSpeed(long speedKbps) {
        return new InterfaceQuery(deviceId, speedKbps, cabled, occupied, markConnected, kind, name);
    }

    public InterfaceQuery cabled(boolean cabled) {
        return new InterfaceQuery(deviceId, speed, cabled, occupied, markConnected, kind, name);
    }

    public InterfaceQuery occupied(boolean occupied) {
        return new InterfaceQuery(deviceId, speed, cabled, occupied, markConnected, kind, name);
    }

    public InterfaceQuery markConnected(boolean markConnected) {
        return new InterfaceQuery(deviceId, speed, cabled, occupied, markConnected, kind, name);
    }

    public InterfaceQuery ofKind(String kind) {
        return new InterfaceQuery(deviceId, speed, cabled, occupied, markConnected, kind, name);
    }

    public InterfaceQuery named(String name) {
        return new InterfaceQuery(deviceId, speed, cabled, occupied, markConnected, kind, name);
    }

    QueryParams params() {
        return new QueryParams().add("device_id", deviceId).add("speed", speed).add("cabled", cabled)
                .add("occupied", occupied).add("mark_connected", markConnected).add("kind", kind).add("name", name);
    }
}
