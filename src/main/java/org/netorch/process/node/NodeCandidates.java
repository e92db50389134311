package org.netorch.process.node;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.netorch.netbox.Device;
import org.netorch.netbox.DeviceQuery;
import org.netorch.netbox.DeviceSummary;
import org.netorch.netbox.NetBoxClient;
import org.netorch.netbox.NetBoxException;
import org.netorch.process.shared.Refusal;
import org.netorch.subscription.ResourceClaim;
import org.netorch.subscription.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * Which NetBox devices may be enrolled: planned in NetBox and held by no Node subscription that is not terminated.
 * The choice task, its completion check and the API's start check all ask here.
 */
@Component
class NodeCandidates {

    static final String PLANNED = "planned";

    private final NetBoxClient netBox;
    private final SubscriptionService subscriptions;

    NodeCandidates(NetBoxClient netBox, SubscriptionService subscriptions) {
        this.netBox = netBox;
        this.subscriptions = subscriptions;
    }

    List<DeviceSummary> all() {
        Set<Long> enrolled = subscriptions.claimedIds(ResourceClaim.DEVICE);
        return netBox.deviceSummaries(DeviceQuery.all().withStatus(PLANNED)).stream()
                .filter(device -> !enrolled.contains(device.id()))
                .toList();
    }

    /** Why this device cannot be enrolled, if it cannot. */
    Optional<Refusal> refusal(long deviceId) {
        Device device;
        try {
            device = netBox.device(deviceId);
        } catch (NetBoxException e) {
            if (e.isNotFound()) {
                return Optional.of(Refusal.invalid("NetBox has no device " + deviceId));
            }
            throw e;
        }
        return refusal(device);
    }

    /** Why this device, as NetBox has it now, cannot be enrolled, if it cannot. */
    Optional<Refusal> refusal(Device device) {
        if (!device.hasStatus(PLANNED)) {
            return Optional.of(Refusal.invalid(
                    device.name() + " is " + device.status().value() + " in NetBox, not planned"));
        }
        return subscriptions.holderOf(ResourceClaim.DEVICE, device.id())
                .map(holder -> Refusal.invalid(device.name() + " is already enrolled as subscription " + holder.id()));
    }
}
