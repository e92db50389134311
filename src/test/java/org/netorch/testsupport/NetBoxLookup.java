package org.netorch.testsupport;

import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.InterfaceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.springframework.stereotype.Component;

/** What tests look up by name in the NetBox the app talks to (the simulator's demo topology). */
@Component
public class NetBoxLookup {

    private final NetBoxClient netBox;

    NetBoxLookup(NetBoxClient netBox) {
        this.netBox = netBox;
    }

    /** The first request after start-up can outlast the tests' short read timeout on a loaded machine: ask again. */
    public void awaitAnswering() {
        for (int attempt = 1; ; attempt++) {
            try {
                netBox.status();
                return;
            } catch (NetBoxException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public long deviceId(String name) {
        return netBox.devices(DeviceQuery.all().withName(name)).get(0).id();
    }

    /** The NetBox id of the device's interface of that name, e.g. {@code 1/1/c1/1}. */
    public long port(String device, String name) {
        return netBox.interfaces(InterfaceQuery.onDevice(deviceId(device)).named(name)).get(0).id();
    }
}
