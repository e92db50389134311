package org.netorch.process.node;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.subscription.SubscriptionRepository;
import org.springframework.stereotype.Component;

/**
 * Which NetBox devices may be enrolled: planned in NetBox and held by no Node subscription that is not terminated.
 * The choice task, its completion check and the API's start check all ask here.
 */
@Component
class NodeCandidates {

    static final String PLANNED = "planned";

    private final NetBoxClient netBox;
    private final SubscriptionRepository subscriptions;

    NodeCandidates(NetBoxClient netBox, SubscriptionRepository subscriptions) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
    }

    List<Device> all() {
        Set<Long> enrolled = new HashSet<>(subscriptions.findEnrolledDeviceIds());
        return netBox.devices(DeviceQuery.all().withStatus(PLANNED)).stream()
                .filter(device -> !enrolled.contains(device.id()))
                .toList();
    }

    /** Why this device cannot be enrolled, or null when it can. */
    String refusal(long deviceId) {
        Device device;
        try {
            device = netBox.device(deviceId);
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return "NetBox has no device " + deviceId;
            }
            throw e;
        }
        if (!device.hasStatus(PLANNED)) {
            return device.name() + " is " + device.status().value() + " in NetBox, not planned";
        }
        return subscriptions.findNodeByDeviceId(deviceId)
                .map(holder -> device.name() + " is already enrolled as subscription " + holder.id())
                .orElse(null);
    }
}
